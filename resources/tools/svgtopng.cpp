// Build tool: renders an SVG icon to a square PNG of one size, for the hicolor icon theme
// (which wants fixed sizes next to the scalable one). Nothing but QtSvg, so that every
// platform that builds Promenade can run it.
//   svgtopng INPUT.svg SIZE OUTPUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.size() == 4 ? arguments[2].toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        err << "usage: svgtopng INPUT.svg SIZE OUTPUT.png" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        err << "svgtopng: cannot read " << arguments[1] << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(arguments[3], "PNG")) {
        err << "svgtopng: cannot write " << arguments[3] << Qt::endl;
        return 1;
    }
    return 0;
}
