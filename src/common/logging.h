#pragma once

#include <QLoggingCategory>

// One logging category per subsystem (enable with QT_LOGGING_RULES="promenade.git.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcKustomize)
Q_DECLARE_LOGGING_CATEGORY(lcGit)
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcDiff)
Q_DECLARE_LOGGING_CATEGORY(lcPromotion)
Q_DECLARE_LOGGING_CATEGORY(lcClients)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
