#include "versiongrammar.h"

#include <QTest>

using namespace Promenade;

// Tags, digests and chart versions against their grammars (OCI distribution and image specs,
// SemVer 2.0.0): what is written into a kustomization must be one of them, nothing else.
class TestVersionGrammar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");
        QTest::addRow("sha") << QStringLiteral("sha-e7d1a48") << true;
        QTest::addRow("semver") << QStringLiteral("v1.2.3-rc.1") << true;
        QTest::addRow("underscore first") << QStringLiteral("_latest") << true;
        QTest::addRow("128 chars") << QString(128, u'a') << true;
        QTest::addRow("129 chars") << QString(129, u'a') << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("dot first") << QStringLiteral(".hidden") << false;
        QTest::addRow("dash first") << QStringLiteral("-x") << false;
        QTest::addRow("control character") << QStringLiteral("sha-\x01") << false;
        QTest::addRow("newline") << QStringLiteral("v1\nv2") << false;
        QTest::addRow("trailing newline") << QStringLiteral("v1\n") << false;
        QTest::addRow("escape") << QStringLiteral("v1\x1b[31m") << false;
        QTest::addRow("colon") << QStringLiteral("v1:2") << false;
        QTest::addRow("at") << QStringLiteral("v1@sha256") << false;
        QTest::addRow("space") << QStringLiteral("v 1") << false;
        QTest::addRow("non-ascii") << QStringLiteral("v1\u00e9") << false;
    }

    void tags()
    {
        QFETCH(QString, tag);
        QFETCH(bool, valid);
        const Status s = VersionGrammar::checkTag(tag);
        QCOMPARE(bool(s), valid);
        if (!valid) {
            QCOMPARE(s.error().kind(), Error::Kind::BadInput);
            for (const QChar c : s.error().message())
                QVERIFY2(c.unicode() >= 0x20, "the message carries no control character");
        }
    }

    void digests_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("valid");
        QTest::addRow("sha256") << QStringLiteral("sha256:") + QString(64, u'a') << true;
        QTest::addRow("sha512") << QStringLiteral("sha512:") + QString(128, u'0') << true;
        QTest::addRow("other algorithm")
            << QStringLiteral("multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8")
            << true;
        QTest::addRow("sha256 short") << QStringLiteral("sha256:abc") << false;
        QTest::addRow("sha256 upper") << QStringLiteral("sha256:") + QString(64, u'A') << false;
        QTest::addRow("no algorithm") << QString(64, u'a') << false;
        QTest::addRow("control") << QStringLiteral("sha256:") + QString(63, u'a') + QChar(0x07)
                                 << false;
        QTest::addRow("empty") << QString() << false;
    }

    void digests()
    {
        QFETCH(QString, digest);
        QFETCH(bool, valid);
        QCOMPARE(bool(VersionGrammar::checkDigest(digest)), valid);
    }

    void chartVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("1.4.2") << true;
        QTest::addRow("v prefix") << QStringLiteral("v2.0.0") << true;
        QTest::addRow("pre-release and build") << QStringLiteral("2.0.0-rc.1+build.5") << true;
        QTest::addRow("two parts") << QStringLiteral("1.4") << false;
        QTest::addRow("leading zero") << QStringLiteral("01.4.2") << false;
        QTest::addRow("range") << QStringLiteral(">=1.0.0") << false;
        QTest::addRow("control") << QStringLiteral("1.0.0\x01") << false;
    }

    void chartVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, valid);
        QCOMPARE(bool(VersionGrammar::checkChartVersion(version)), valid);
    }

    void escaped()
    {
        QCOMPARE(VersionGrammar::escaped(QStringLiteral("a\x01"
                                                        "b\n")),
                 QStringLiteral("a\\x01b\\x0a"));
    }
};

QTEST_GUILESS_MAIN(TestVersionGrammar)
#include "tst_versiongrammar.moc"
