#include "manpage.h"

#include "cli.h"
#include "version.h"

#include <QRegularExpression>

namespace Promenade::Cli::ManPage {

namespace {

// Text as roff reads it: backslashes doubled, every hyphen a minus sign (options stay
// copy-pastable), no line starting with a control character.
QString escaped(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\e"));
    out.replace(u'-', QStringLiteral("\\-"));
    QStringList lines = out.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

// A synopsis fragment such as "REPO --app APP [--mode files|rendered] <command>": options and
// literal words in bold, placeholders (upper case, or in angle brackets) in italics.
QString synopsis(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("<[^>]+>|[A-Za-z0-9_=.\\-]+"));
    QString out;
    qsizetype done = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += escaped(text.mid(done, match.capturedStart() - done));
        QString token = match.captured();
        const bool placeholder
            = token.startsWith(u'<') || (token == token.toUpper() && token.front().isLetter());
        if (token.startsWith(u'<'))
            token = token.mid(1, token.size() - 2);
        out += (placeholder ? QStringLiteral("\\fI") : QStringLiteral("\\fB")) + escaped(token)
            + QStringLiteral("\\fR");
        done = match.capturedEnd();
    }
    return out + escaped(text.mid(done));
}

QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << QStringLiteral("\\fB")
                + escaped((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name)
                + QStringLiteral("\\fR");
    QString tag = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        tag += u' ' + synopsis(option.valueName());
    return tag;
}

void writeOptions(QString &out, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        out += QStringLiteral(".TP\n") + optionTag(option) + u'\n' + escaped(option.description())
            + u'\n';
}

} // namespace

QString generate()
{
    QString out;
    out += QStringLiteral(".\\\" promenade(1), written by `promenade --generate man` from the "
                          "tables behind --help.\n");
    out += QStringLiteral(".TH PROMENADE 1 \"\" \"Promenade %1\" \"User Commands\"\n")
               .arg(QLatin1StringView(versionString));
    out += QStringLiteral(
        ".SH NAME\npromenade \\- GitOps release management for Kustomize and Argo CD\n");

    // No hyphenation nor justification in the synopsis: an option is never split.
    out += QStringLiteral(".SH SYNOPSIS\n.nh\n.ad l\n");
    for (const Invocation &invocation : invocations())
        out += QStringLiteral(".PP\n\\fBpromenade\\fR ") + synopsis(invocation.arguments) + u'\n';
    for (const Command &command : commands()) {
        for (const QString &line : command.usage.split(u'\n')) {
            QString usage = line.trimmed();
            usage.remove(QRegularExpression(QStringLiteral("^promenade ")));
            out += QStringLiteral(".PP\n\\fBpromenade\\fR ") + synopsis(usage) + u'\n';
        }
    }

    out += QStringLiteral(".ad\n.hy\n.SH DESCRIPTION\n");
    out += escaped(QStringLiteral("Promenade opens a GitOps repository laid out for Kustomize and "
                                  "Argo CD, shows its promotion pipeline "
                                  "(development, staging, production) with the clusters and the "
                                  "image each overlay pins, diffs environments "
                                  "side by side, joins what Argo CD runs and what the registry "
                                  "offers, and turns an approved promotion into a "
                                  "Git commit or a GitHub pull request."))
        + u'\n';
    out += QStringLiteral(".PP\n");
    out += escaped(QStringLiteral("Without a command it opens the window. With a command it runs "
                                  "without a window, for scripts and CI: "
                                  "every capability of the window has one. Nothing in the "
                                  "repository is ever executed."))
        + u'\n';
    for (const Invocation &invocation : invocations()) {
        out += QStringLiteral(".TP\n\\fBpromenade\\fR ") + synopsis(invocation.arguments) + u'\n'
            + escaped(invocation.summary) + u'\n';
    }

    out += QStringLiteral(".SH OPTIONS\n");
    writeOptions(out, programOptions());

    out += QStringLiteral(".SH COMMANDS\n");
    out += escaped(QStringLiteral("Every command also takes -h, --help: its usage and options."))
        + u'\n';
    for (const Command &command : commands()) {
        out += QStringLiteral(".SS %1\n").arg(escaped(command.name));
        out += escaped(command.syntax.description.isEmpty() ? command.summary
                                                            : command.syntax.description)
            + u'\n';
        for (const CommandArgument &argument : command.syntax.arguments) {
            out += QStringLiteral(".TP\n\\fI") + escaped(argument.name) + QStringLiteral("\\fR\n")
                + escaped(argument.description) + u'\n';
        }
        writeOptions(out, command.syntax.options);
    }

    out += QStringLiteral(".SH EXIT STATUS\n");
    out += QStringLiteral(".TP\n.B 0\nsuccess\n.TP\n.B 1\n%1\n.TP\n.B 2\n%2\n")
               .arg(escaped(QStringLiteral(
                        "refused or failed (a gate, a conflict, an unreachable server); "
                        "for diff --exit-code: there are differences")),
                    escaped(QStringLiteral(
                        "bad usage or bad input (a malformed file names its path and line)")));

    out += QStringLiteral(".SH ENVIRONMENT\n");
    const QList<std::pair<QString, QString>> environment {
        {QStringLiteral("GH_TOKEN, GITHUB_TOKEN"),
         QStringLiteral("the github.com token for pull requests and pushes over HTTPS, in this "
                        "order (else the GitHub CLI's login), as the GitHub CLI reads them")},
        {QStringLiteral("GH_ENTERPRISE_TOKEN, GITHUB_ENTERPRISE_TOKEN"),
         QStringLiteral("the same for a GitHub Enterprise host (tied to the host GH_HOST names)")},
        {QStringLiteral("ARGOCD_AUTH_TOKEN"),
         QStringLiteral("the Argo CD token, for the server ARGOCD_SERVER names (else the argocd "
                        "CLI's login for that server)")},
        {QStringLiteral("KUBECONFIG"),
         QStringLiteral("the kubeconfig files (default ~/.kube/config)")},
        {QStringLiteral("DOCKER_CONFIG"),
         QStringLiteral("where the registry logins are (default ~/.docker)")},
    };
    for (const auto &[name, description] : environment)
        out += QStringLiteral(".TP\n.B ") + escaped(name) + u'\n' + escaped(description) + u'\n';

    out += QStringLiteral(".SH FILES\n.TP\n.I ~/.config/Promenade/promenade.conf\n");
    out += escaped(QStringLiteral(
               "the window's settings: the last repository, and ui/language (empty: the system's; "
               "en, de or es)"))
        + u'\n';
    out += QStringLiteral(".SH SEE ALSO\n.BR git (1),\n.BR kubectl (1),\n.BR kustomize (1)\n");
    return out;
}

} // namespace Promenade::Cli::ManPage
