// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics registry and its Prometheus text rendering.
#include "Metrics.h"

#include "core/EnumNames.h"

#include <QLocale>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace duet::hub {

namespace {

QByteArray escapeHelp(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray escapeLabelValue(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

/// `{a="1",b="2"}` (with `extra` appended last), or nothing when there are no labels.
QByteArray labelText(const MetricLabels& labels, const QPair<QByteArray, QByteArray>& extra = {})
{
    if (labels.isEmpty() && extra.first.isEmpty())
        return {};
    QByteArray out = "{";
    bool first = true;
    auto add = [&](const QPair<QByteArray, QByteArray>& l) {
        if (!first)
            out += ',';
        first = false;
        out += l.first + "=\"" + escapeLabelValue(l.second) + '"';
    };
    for (const auto& l : labels)
        add(l);
    if (!extra.first.isEmpty())
        add(extra);
    out += '}';
    return out;
}

constexpr EnumName<Metrics::Type> kTypeNames[] = {
    {Metrics::Type::Counter, "counter"},
    {Metrics::Type::Gauge, "gauge"},
    {Metrics::Type::Histogram, "histogram"},
};

const char* typeName(Metrics::Type type)
{
    const char* name = nameOf(kTypeNames, type);
    return name ? name : "untyped";
}

} // namespace

void Metrics::Counter::inc(double by)
{
    QMutexLocker lock(m_mutex);
    if (by > 0)
        m_value += by;
}

double Metrics::Counter::value() const
{
    QMutexLocker lock(m_mutex);
    return m_value;
}

void Metrics::Gauge::set(double value)
{
    QMutexLocker lock(m_mutex);
    m_value = value;
}

void Metrics::Gauge::add(double by)
{
    QMutexLocker lock(m_mutex);
    m_value += by;
}

double Metrics::Gauge::value() const
{
    QMutexLocker lock(m_mutex);
    return m_value;
}

Metrics::Histogram::Histogram(QMutex* mutex, MetricLabels labels, QList<double> bounds)
    : Series(mutex, std::move(labels))
    , m_bounds(std::move(bounds))
    , m_buckets(m_bounds.size() + 1, 0)
{}

void Metrics::Histogram::observe(double value)
{
    QMutexLocker lock(m_mutex);
    qsizetype i = 0;
    while (i < m_bounds.size() && value > m_bounds[i])
        ++i;
    ++m_buckets[i];
    m_sum += value;
    ++m_count;
}

quint64 Metrics::Histogram::count() const
{
    QMutexLocker lock(m_mutex);
    return m_count;
}

double Metrics::Histogram::sum() const
{
    QMutexLocker lock(m_mutex);
    return m_sum;
}

Metrics::Metrics() = default;
Metrics::~Metrics() = default;

Metrics::Family& Metrics::family(const QByteArray& name, const QByteArray& help, Type type)
{
    for (const auto& f : m_families) {
        if (f->name == name) {
            Q_ASSERT_X(f->type == type, "Metrics", "a metric name registered with two types");
            return *f;
        }
    }
    m_families.push_back(std::make_unique<Family>(Family{name, help, type, {}}));
    return *m_families.back();
}

Metrics::Series* Metrics::find(Family& f, const MetricLabels& labels) const
{
    for (const auto& s : f.series) {
        if (s->m_labels == labels)
            return s.get();
    }
    return nullptr;
}

Metrics::Counter& Metrics::counter(const QByteArray& name, const QByteArray& help, const MetricLabels& labels)
{
    QMutexLocker lock(&m_mutex);
    Family& f = family(name, help, Type::Counter);
    if (Series* s = find(f, labels))
        return static_cast<Counter&>(*s);
    f.series.push_back(std::unique_ptr<Counter>(new Counter(&m_mutex, labels)));
    return static_cast<Counter&>(*f.series.back());
}

Metrics::Gauge& Metrics::gauge(const QByteArray& name, const QByteArray& help, const MetricLabels& labels)
{
    QMutexLocker lock(&m_mutex);
    Family& f = family(name, help, Type::Gauge);
    if (Series* s = find(f, labels))
        return static_cast<Gauge&>(*s);
    f.series.push_back(std::unique_ptr<Gauge>(new Gauge(&m_mutex, labels)));
    return static_cast<Gauge&>(*f.series.back());
}

Metrics::Histogram& Metrics::histogram(const QByteArray& name, const QByteArray& help, const QList<double>& bounds,
                                       const MetricLabels& labels)
{
    QMutexLocker lock(&m_mutex);
    Family& f = family(name, help, Type::Histogram);
    if (Series* s = find(f, labels))
        return static_cast<Histogram&>(*s);
    QList<double> sorted = bounds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    while (!sorted.isEmpty() && std::isinf(sorted.last()))
        sorted.removeLast(); // +Inf is always there
    f.series.push_back(std::unique_ptr<Histogram>(new Histogram(&m_mutex, labels, sorted)));
    return static_cast<Histogram&>(*f.series.back());
}

QList<double> Metrics::latencyBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

QByteArray Metrics::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray Metrics::formatNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (const auto& f : m_families) {
        out += "# HELP " + f->name + ' ' + escapeHelp(f->help) + '\n';
        out += "# TYPE " + f->name + ' ' + typeName(f->type) + '\n';
        for (const auto& s : f->series) {
            switch (f->type) {
            case Type::Counter:
                out += f->name + labelText(s->m_labels) + ' ' + formatNumber(static_cast<const Counter&>(*s).m_value) +
                       '\n';
                break;
            case Type::Gauge:
                out +=
                    f->name + labelText(s->m_labels) + ' ' + formatNumber(static_cast<const Gauge&>(*s).m_value) + '\n';
                break;
            case Type::Histogram: {
                const auto& h = static_cast<const Histogram&>(*s);
                quint64 cumulative = 0;
                for (qsizetype i = 0; i <= h.m_bounds.size(); ++i) {
                    cumulative += h.m_buckets[i];
                    const QByteArray le = i < h.m_bounds.size() ? formatNumber(h.m_bounds[i]) : QByteArray("+Inf");
                    out += f->name + "_bucket" + labelText(s->m_labels, {QByteArrayLiteral("le"), le}) + ' ' +
                           QByteArray::number(cumulative) + '\n';
                }
                out += f->name + "_sum" + labelText(s->m_labels) + ' ' + formatNumber(h.m_sum) + '\n';
                out += f->name + "_count" + labelText(s->m_labels) + ' ' + QByteArray::number(h.m_count) + '\n';
                break;
            }
            }
        }
    }
    return out;
}

} // namespace duet::hub
