#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The plan of a promotion as the approval dialog shows it, one value (promotion.plan.app,
// promotion.plan.newVersion…) instead of a property per field on the controller. Made by
// PromotionController from the prepared plan; empty (app "") while nothing is prepared.
class PromotionPlanView
{
    Q_GADGET
    QML_VALUE_TYPE(promotionPlan)
    QML_UNCREATABLE("Provided by PromotionController")

    Q_PROPERTY(QString action MEMBER action) // promote, rollback, set-image
    Q_PROPERTY(QString title MEMBER title) // "Promote web from staging to production"
    Q_PROPERTY(QString app MEMBER app)
    Q_PROPERTY(QString fromEnvironment MEMBER fromEnvironment)
    Q_PROPERTY(QString toEnvironment MEMBER toEnvironment)
    Q_PROPERTY(QString image MEMBER image)
    Q_PROPERTY(QString currentVersion MEMBER currentVersion)
    Q_PROPERTY(QString newVersion MEMBER newVersion)
    Q_PROPERTY(QString file MEMBER file)
    Q_PROPERTY(QString landing MEMBER landing) // "A pull request from … into main"
    Q_PROPERTY(QString trailers MEMBER trailers) // the commit's trailers, one a line
    // The promoted tag is mutable (latest, a branch name, moved in the registry): why.
    Q_PROPERTY(QString mutableTagWarning MEMBER mutableTagWarning)
    // The digest the registry reports for that tag, offered to pin (empty when unknown).
    Q_PROPERTY(QString digestToPin MEMBER digestToPin)

public:
    QString action;
    QString title;
    QString app;
    QString fromEnvironment;
    QString toEnvironment;
    QString image;
    QString currentVersion;
    QString newVersion;
    QString file;
    QString landing;
    QString trailers;
    QString mutableTagWarning;
    QString digestToPin;

    friend bool operator==(const PromotionPlanView &, const PromotionPlanView &) = default;
};
