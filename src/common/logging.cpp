#include "logging.h"

Q_LOGGING_CATEGORY(lcKustomize, "promenade.kustomize", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGit, "promenade.git", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPipeline, "promenade.pipeline", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "promenade.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiff, "promenade.diff", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPromotion, "promenade.promotion", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClients, "promenade.clients", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "promenade.ui", QtWarningMsg)
