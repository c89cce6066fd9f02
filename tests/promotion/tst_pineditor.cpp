#include "pineditor.h"

#include <QTest>

using namespace Promenade;

namespace {

PinEditor::Edit edit(VersionPin::Kind kind, const QString &key, int line, const QString &current,
                     const QString &next, const QString &nextDigest = {})
{
    PinEditor::Edit e;
    e.pin = {kind, QStringLiteral("f.yaml"), line, key};
    e.currentTag = current;
    e.newTag = next;
    e.newDigest = nextDigest;
    return e;
}

// The bytes that differ between two texts: {removed, added}.
std::pair<QByteArray, QByteArray> changed(const QByteArray &a, const QByteArray &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix)};
}

} // namespace

// Every pin form edited in place: only the version's bytes change, and a pin that no longer
// holds what discovery read is refused.
class TestPinEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAPatchImageKeepingTheRepository()
    {
        const QByteArray text
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
              "spec:\n  template:\n    spec:\n      containers:\n"
              "        - name: web\n          image: ghcr.io/acme/web:v1.2.0 # bump\n";
        auto out = PinEditor::editText(
            text,
            edit(VersionPin::Kind::Patch,
                 QStringLiteral("spec.template.spec.containers[name=web].image"), 10,
                 QStringLiteral("v1.2.0"), QStringLiteral("v1.3.0")));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(changed(text, *out), std::make_pair(QByteArray("2"), QByteArray("3")));
        // Without a line, by key path; a digest is written with the tag.
        auto byPath = PinEditor::editText(
            text,
            edit(VersionPin::Kind::Manifest,
                 QStringLiteral("spec.template.spec.containers[name=web].image"), 0,
                 QStringLiteral("v1.2.0"), QStringLiteral("v1.3.0"),
                 QStringLiteral("sha256:") + QString(64, u'a')));
        QVERIFY(byPath);
        QVERIFY(byPath->contains("image: ghcr.io/acme/web:v1.3.0@sha256:aaaa"));
    }

    void editsAnImageUpdaterEntryAndAHelmTag()
    {
        const QByteArray updater = "kustomize:\n  images:\n  - ghcr.io/acme/web:v1\n";
        auto out = PinEditor::editText(updater,
                                       edit(VersionPin::Kind::ImageUpdater,
                                            QStringLiteral("kustomize.images[0]"), 3,
                                            QStringLiteral("v1"), QStringLiteral("v2")));
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("kustomize:\n  images:\n  - ghcr.io/acme/web:v2\n"));
        const QByteArray named = "kustomize:\n  images: ['web=ghcr.io/acme/web:v1']\n";
        auto prefixed = PinEditor::editText(named,
                                            edit(VersionPin::Kind::ApplicationOverride,
                                                 QStringLiteral("kustomize.images[0]"), 0,
                                                 QStringLiteral("v1"), QStringLiteral("v2")));
        QVERIFY(prefixed);
        QCOMPARE(*prefixed, QByteArray("kustomize:\n  images: ['web=ghcr.io/acme/web:v2']\n"));
        const QByteArray values = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.0\"\n";
        auto helm
            = PinEditor::editText(values,
                                  edit(VersionPin::Kind::HelmValues, QStringLiteral("image.tag"), 3,
                                       QStringLiteral("1.0"), QStringLiteral("1.1")));
        QVERIFY(helm);
        QCOMPARE(*helm, QByteArray("image:\n  repository: ghcr.io/acme/web\n  tag: \"1.1\"\n"));
    }

    void editsAChartVersionInsideAnInlinePatch()
    {
        const QByteArray text = "patches:\n  - target:\n      kind: Application\n    patch: |-\n"
                                "      spec:\n        source:\n          targetRevision: v1.15.3\n";
        auto out = PinEditor::editText(text,
                                       edit(VersionPin::Kind::ChartVersion,
                                            QStringLiteral("spec.source.targetRevision"), 7,
                                            QStringLiteral("v1.15.3"), QStringLiteral("v1.16.2")));
        QVERIFY(out);
        QCOMPARE(*out, QByteArray(text).replace("v1.15.3", "v1.16.2"));
    }

    void editsAnImagesEntryThroughTheKustomizationEditor()
    {
        const QByteArray text = "images:\n  - name: web\n    newTag: v1  # ci\n";
        auto out = PinEditor::editText(text,
                                       edit(VersionPin::Kind::KustomizeImages,
                                            QStringLiteral("images[name=web].newTag"), 3,
                                            QStringLiteral("v1"), QStringLiteral("v2")));
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("images:\n  - name: web\n    newTag: v2  # ci\n"));
    }

    void refusesAPinThatNoLongerHoldsTheVersion()
    {
        const QByteArray text = "image:\n  tag: v9\n";
        auto out
            = PinEditor::editText(text,
                                  edit(VersionPin::Kind::HelmValues, QStringLiteral("image.tag"), 2,
                                       QStringLiteral("v1"), QStringLiteral("v2")));
        QVERIFY(!out);
        QCOMPARE(out.error().kind(), Error::Kind::Refused);
        QVERIFY(out.error().toString().contains(QStringLiteral("f.yaml")));
    }

    void addsAChartVersionPatch()
    {
        const QByteArray text = "resources:\n  - ../../base/cert-manager\n";
        auto out = PinEditor::addChartVersionPatch(
            text, QStringLiteral("Application"), QStringLiteral("cert-manager"),
            QStringLiteral("v1.16.2"), QStringLiteral("k.yaml"));
        QVERIFY(out);
        QCOMPARE(*out,
                 QByteArray("resources:\n  - ../../base/cert-manager\npatches:\n"
                            "  - target:\n      kind: Application\n      name: cert-manager\n"
                            "    patch: |-\n      apiVersion: argoproj.io/v1alpha1\n"
                            "      kind: Application\n      metadata:\n"
                            "        name: cert-manager\n      spec:\n        source:\n"
                            "          targetRevision: v1.16.2\n"));
        QVERIFY(!PinEditor::addChartVersionPatch(text, QStringLiteral("Deployment"),
                                                 QStringLiteral("x"), QStringLiteral("1"),
                                                 QStringLiteral("k.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestPinEditor)
#include "tst_pineditor.moc"
