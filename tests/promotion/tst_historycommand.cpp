#include "demofiles.h"
#include "demorepository.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Promenade;

// `promenade history`: the table and the JSON documented in docs-history-json.md.
class TestHistoryCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_repo;

    QJsonArray jsonEntries(const QStringList &extra)
    {
        const auto r = TestSupport::runPromenade(QStringList {QStringLiteral("history"), m_repo,
                                                              QStringLiteral("--format"),
                                                              QStringLiteral("json")}
                                                 + extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("bad JSON: %s", qPrintable(error.errorString()));
        return doc.object().value(QStringLiteral("entries")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_repo = m_scratch.filePath(QStringLiteral("demo"));
        Demo::DemoRepository::Options options;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        QVERIFY(Demo::DemoRepository::generate(m_repo, options));
    }

    void tableListsNewestFirst()
    {
        const auto r = TestSupport::runPromenade({QStringLiteral("history"), m_repo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 13);
        QVERIFY(lines.first().startsWith(QStringLiteral("DATE (UTC)")));
        QVERIFY(lines.first().contains(QStringLiteral("FROM → TO")));
        QVERIFY(lines.at(1).contains(QStringLiteral("set-image")));
        QVERIFY(lines.at(1).contains(QStringLiteral("sha-5b8c3a2")));
        QVERIFY(lines.at(1).contains(QStringLiteral("github-actions[bot]")));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("promotion +signconnect +development → staging "
                                              "+sha-9d2e6f0 +[0-9a-f]{7} +Paulo Jauregui"))));
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral("image-change +paulojauregui-com +→ development +sha-8b41d07"))));
        QStringList dates;
        for (qsizetype i = 1; i < lines.size(); ++i)
            dates.append(lines.at(i).left(16));
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(dates, sorted);
    }

    void appFilter()
    {
        const auto r
            = TestSupport::runPromenade({QStringLiteral("history"), m_repo, QStringLiteral("--app"),
                                         QStringLiteral("signconnect")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral("signconnect")), qPrintable(lines.at(i)));
        QVERIFY(!r.out.contains("paulojauregui-com"));
    }

    void jsonHasTheDocumentedFields()
    {
        const QJsonArray entries = jsonEntries({});
        QVERIFY(entries.size() >= 13);
        const QStringList fields {
            QStringLiteral("kind"),       QStringLiteral("app"),         QStringLiteral("from"),
            QStringLiteral("to"),         QStringLiteral("image"),       QStringLiteral("tag"),
            QStringLiteral("digest"),     QStringLiteral("previousTag"), QStringLiteral("file"),
            QStringLiteral("commit"),     QStringLiteral("shortCommit"), QStringLiteral("summary"),
            QStringLiteral("author"),     QStringLiteral("time"),        QStringLiteral("reverted"),
            QStringLiteral("revertedBy"), QStringLiteral("reverts")};
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            for (const QString &f : fields)
                QVERIFY2(o.contains(f), qPrintable(f));
            QVERIFY(QStringList({QStringLiteral("promotion"), QStringLiteral("set-image"),
                                 QStringLiteral("image-change"), QStringLiteral("revert"),
                                 QStringLiteral("rollback")})
                        .contains(o.value(QStringLiteral("kind")).toString()));
            QCOMPARE(o.value(QStringLiteral("commit")).toString().size(), 40);
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate)
                        .isValid());
            QVERIFY(o.value(QStringLiteral("author")).toObject().contains(QStringLiteral("email")));
        }
        bool found = false;
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == u"promotion"
                && o.value(QStringLiteral("app")).toString() == u"signconnect") {
                found = true;
                QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("development"));
                QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("staging"));
                QCOMPARE(o.value(QStringLiteral("tag")).toString(), QStringLiteral("sha-9d2e6f0"));
                QCOMPARE(o.value(QStringLiteral("digest")).toString(),
                         Demo::Files::imageDigest(QStringLiteral("signconnect"),
                                                  QStringLiteral("sha-9d2e6f0")));
                QCOMPARE(o.value(QStringLiteral("reverted")).toBool(), false);
                QVERIFY(o.value(QStringLiteral("revertedBy")).isNull());
            }
        }
        QVERIFY(found);
        const QJsonArray production
            = jsonEntries({QStringLiteral("--env"), QStringLiteral("production")});
        QVERIFY(!production.isEmpty());
        for (const QJsonValue &v : production) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("to")).toString() == u"production"
                    || o.value(QStringLiteral("from")).toString() == u"production");
        }
    }

    void revertedPromotionIsMarked()
    {
        const QStringList identity {QStringLiteral("-c"), QStringLiteral("user.name=RM"),
                                    QStringLiteral("-c"), QStringLiteral("user.email=rm@x")};
        const auto entries = jsonEntries({QStringLiteral("--app"), QStringLiteral("signconnect")});
        QString promotion;
        for (const QJsonValue &v : entries) {
            if (v.toObject().value(QStringLiteral("kind")).toString() == u"promotion")
                promotion = v.toObject().value(QStringLiteral("commit")).toString();
        }
        QVERIFY(!promotion.isEmpty());
        QCOMPARE(TestSupport::git(m_repo,
                                  identity
                                      + QStringList {QStringLiteral("revert"),
                                                     QStringLiteral("--no-edit"), promotion})
                     .exitCode,
                 0);
        const auto after = jsonEntries({QStringLiteral("--app"), QStringLiteral("signconnect")});
        QCOMPARE(after.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("revert"));
        QCOMPARE(after.first().toObject().value(QStringLiteral("reverts")).toString(), promotion);
        bool marked = false;
        for (const QJsonValue &v : after) {
            if (v.toObject().value(QStringLiteral("commit")).toString() == promotion) {
                marked = v.toObject().value(QStringLiteral("reverted")).toBool();
                QCOMPARE(v.toObject().value(QStringLiteral("revertedBy")).toString(),
                         after.first().toObject().value(QStringLiteral("commit")).toString());
            }
        }
        QVERIFY(marked);
        const auto table
            = TestSupport::runPromenade({QStringLiteral("history"), m_repo, QStringLiteral("--app"),
                                         QStringLiteral("signconnect")});
        QVERIFY(table.out.contains("reverted by "));
        QVERIFY(table.out.contains(QByteArray("reverts " + promotion.left(7).toUtf8())));
        QCOMPARE(TestSupport::git(m_repo,
                                  {QStringLiteral("reset"), QStringLiteral("-q"),
                                   QStringLiteral("--hard"), QStringLiteral("HEAD~1")})
                     .exitCode,
                 0);
    }

    void notARepositoryExitsTwo()
    {
        const QString plain = m_scratch.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(plain));
        const auto r = TestSupport::runPromenade({QStringLiteral("history"), plain});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("promenade: ") && r.err.contains("not inside a Git repository"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
        const auto missing = TestSupport::runPromenade(
            {QStringLiteral("history"), plain + QStringLiteral("/nope")});
        QCOMPARE(missing.exitCode, 2);
        const auto badFormat = TestSupport::runPromenade(
            {QStringLiteral("history"), m_repo, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains("usage: promenade history"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
