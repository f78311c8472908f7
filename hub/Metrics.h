// SPDX-License-Identifier: GPL-3.0-or-later
// Counters, gauges and histograms rendered in the Prometheus text exposition format (0.0.4).
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>

#include <memory>
#include <vector>

namespace duet::hub {

using MetricLabels = QList<QPair<QByteArray, QByteArray>>;

/// A registry of metrics for GET /metrics. Register each series once, keep the returned reference
/// (it stays valid as long as the registry) and update it from any thread; render() writes every
/// family in registration order, its series in registration order.
/// Usage: `Metrics m; auto& ok = m.counter("duet_webhooks_total", "Webhook POSTs.", {{"result", "accepted"}});
///         ok.inc(); QByteArray text = m.render();`
class Metrics
{
public:
    enum class Type { Counter, Gauge, Histogram };

    class Series
    {
    public:
        virtual ~Series() = default;

    protected:
        friend class Metrics;
        explicit Series(QMutex* mutex, MetricLabels labels)
            : m_mutex(mutex)
            , m_labels(std::move(labels))
        {}
        QMutex* m_mutex;
        MetricLabels m_labels;
    };

    /// A value that only goes up.
    class Counter final : public Series
    {
    public:
        void inc(double by = 1);
        double value() const;

    private:
        friend class Metrics;
        using Series::Series;
        double m_value = 0;
    };

    /// A value that goes up and down.
    class Gauge final : public Series
    {
    public:
        void set(double value);
        void add(double by);
        double value() const;

    private:
        friend class Metrics;
        using Series::Series;
        double m_value = 0;
    };

    /// Observations counted into cumulative buckets (upper bounds, ascending; +Inf is implied).
    class Histogram final : public Series
    {
    public:
        void observe(double value);
        quint64 count() const;
        double sum() const;

    private:
        friend class Metrics;
        Histogram(QMutex* mutex, MetricLabels labels, QList<double> bounds);
        QList<double> m_bounds;
        QList<quint64> m_buckets; ///< per bound, not cumulative; one more for +Inf
        double m_sum = 0;
        quint64 m_count = 0;
    };

    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    /// The series of `name` with `labels`; created on first use. `help` is taken from the first
    /// registration of the name. A name must keep one type (a mismatch is a programming error).
    Counter& counter(const QByteArray& name, const QByteArray& help, const MetricLabels& labels = {});
    Gauge& gauge(const QByteArray& name, const QByteArray& help, const MetricLabels& labels = {});
    Histogram& histogram(const QByteArray& name, const QByteArray& help, const QList<double>& bounds,
                         const MetricLabels& labels = {});

    /// Seconds buckets suited to request and commit latencies: 1 ms .. 10 s.
    static QList<double> latencyBuckets();

    /// The whole registry in the text exposition format, version 0.0.4.
    QByteArray render() const;
    /// The Content-Type of render()'s output.
    static QByteArray contentType();

    /// A number as the format writes it: integers without a fraction, +Inf/-Inf/NaN spelled out.
    static QByteArray formatNumber(double value);

private:
    struct Family
    {
        QByteArray name;
        QByteArray help;
        Type type;
        std::vector<std::unique_ptr<Series>> series;
    };
    Family& family(const QByteArray& name, const QByteArray& help, Type type);
    Series* find(Family& f, const MetricLabels& labels) const;

    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<Family>> m_families;
};

} // namespace duet::hub
