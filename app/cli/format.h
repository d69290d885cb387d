#pragma once

// How guichet-cli prints orders, checklists and the activity summary as text.

#include "model/order.h"
#include "rules/checklist.h"
#include "store/order_store.h"

#include <QTextStream>

namespace guichet::cli {

void printOrderRows(QTextStream& out, const QList<store::OrderSummary>& rows);
void printOrder(QTextStream& out, const Order& order);
void printChecklist(QTextStream& out, const rules::Checklist& checklist);
void printActivity(QTextStream& out, const QList<store::PortalActivity>& activity);

/// Parses an ISO date (YYYY-MM-DD); invalid QDate when it is not one.
QDate parseDate(const QString& text);

} // namespace guichet::cli
