#include "Prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace dr::ui {

namespace {
Prompts g_default;
Prompts *g_current = &g_default;
} // namespace

Prompts &Prompts::instance()
{
    return *g_current;
}

void Prompts::install(Prompts *prompts)
{
    g_current = prompts ? prompts : &g_default;
}

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void Prompts::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString Prompts::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                          const QString &filter, QString *selectedFilter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter, selectedFilter);
}

} // namespace dr::ui
