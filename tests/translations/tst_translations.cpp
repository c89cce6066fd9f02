#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The .ts files against the sources. lupdate runs, as `update_translations` does (same project
// file, same options), on temporary copies of the .ts files; a string it adds to a copy is one
// that the checked-in file lacks. everyStringIsTranslated (label translations-complete) fails
// while a message of a .ts file has no translation.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool unfinished = false;
        bool obsolete = false; // obsolete or vanished: no longer in the sources
        [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
        [[nodiscard]] QString display() const
        {
            return QStringLiteral("%1: \"%2\"%3")
                .arg(context, source,
                     comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
        }
    };

    QTemporaryDir m_scratch;
    QStringList m_tsFiles;
    QStringList m_updatedCopies;

    static QList<Message> readTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name" && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message {context, {}, {}, false, false};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                message.unfinished = type == u"unfinished";
                message.obsolete = type == u"obsolete" || type == u"vanished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.trimmed().isEmpty())
                    message.unfinished = true;
                messages.append(message);
            }
        }
        if (xml.hasError())
            qWarning() << path << xml.errorString();
        return messages;
    }

    // lupdate on copies of the .ts files: the copies then hold every string of the sources.
    // Done once, by the first row that needs it.
    void updateCopies()
    {
        if (!m_updatedCopies.isEmpty())
            return;
        const QString json = m_scratch.filePath(QStringLiteral("project.json"));
        const auto generated
            = TestSupport::runProcess(QStringLiteral(CMAKE_COMMAND_PATH),
                                      {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT_CMAKE),
                                       QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
                                       QStringLiteral(LUPDATE_PROJECT_SCRIPT)});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY2(project.contains(QStringLiteral("sources")),
                 "no sources in lupdate's project file");
        QJsonArray copies;
        QStringList copyPaths;
        for (const QString &ts : std::as_const(m_tsFiles)) {
            const QString copy = m_scratch.filePath(QFileInfo(ts).fileName());
            QVERIFY2(QFile::copy(ts, copy), qPrintable(ts));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies.append(copy);
            copyPaths << copy;
        }
        project[QStringLiteral("translations")] = copies;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(project).toJson());
        file.close();

        const auto updated = TestSupport::runProcess(
            QStringLiteral(LUPDATE_PATH),
            {QStringLiteral("-project"), json, QStringLiteral("-no-obsolete"),
             QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")});
        QVERIFY2(updated.finished && updated.exitCode == 0, updated.err.constData());
        m_updatedCopies = copyPaths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_tsFiles = QStringLiteral(PROMENADE_TS_FILES).split(u'|');
        QVERIFY(!m_tsFiles.isEmpty());
    }

    void everySourceStringIsInTheTsFiles_data()
    {
        QTest::addColumn<QString>("checkedIn");
        for (const QString &ts : std::as_const(m_tsFiles))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void everySourceStringIsInTheTsFiles()
    {
        QFETCH(QString, checkedIn);
        updateCopies();
        if (QTest::currentTestFailed())
            return;
        const QString updated = m_updatedCopies.at(m_tsFiles.indexOf(checkedIn));
        QSet<QString> known;
        for (const Message &m : readTs(checkedIn)) {
            if (!m.obsolete)
                known.insert(m.key());
        }
        const QList<Message> current = readTs(updated);
        QVERIFY2(!current.isEmpty(), "lupdate found no string at all");
        QStringList missing;
        QSet<QString> inSources;
        for (const Message &m : current) {
            inSources.insert(m.key());
            if (!known.contains(m.key()))
                missing << m.display();
        }
        QStringList stale;
        for (const Message &m : readTs(checkedIn)) {
            if (!m.obsolete && !inSources.contains(m.key()))
                stale << m.display();
        }
        if (!stale.isEmpty())
            qInfo().noquote()
                << QStringLiteral("no longer in the sources (update_translations drops them):\n  ")
                    + stale.join(QStringLiteral("\n  "));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) of the sources are not in %2; run "
                                           "`cmake --build build/dev --target update_translations` "
                                           "and translate them:\n  %3")
                                .arg(missing.size())
                                .arg(QFileInfo(checkedIn).fileName(),
                                     missing.join(QStringLiteral("\n  ")))));
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("checkedIn");
        for (const QString &ts : std::as_const(m_tsFiles))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, checkedIn);
        QStringList unfinished;
        for (const Message &m : readTs(checkedIn)) {
            if (!m.obsolete && m.unfinished)
                unfinished << m.display();
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) of %2 are not translated:\n  %3")
                                .arg(unfinished.size())
                                .arg(QFileInfo(checkedIn).fileName(),
                                     unfinished.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
