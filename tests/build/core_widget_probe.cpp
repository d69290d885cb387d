// Must NOT compile: core's libraries do not put Qt Widgets on the include path.
#include <QWidget>
