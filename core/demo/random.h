#pragma once

// Deterministic pseudo-random numbers for the demo. Every draw comes from a SplitMix64 stream keyed
// by the generator's seed and the coordinates of what is being made (order index, batch, purpose),
// so an order can be made alone, in any order, on any thread, and always comes out the same.
// Not for anything secret: this is demo data.

#include <QString>
#include <QtGlobal>
#include <initializer_list>
#include <span>

namespace guichet::demo {

/// SplitMix64's finaliser: a bijective 64-bit mix with good avalanche.
constexpr quint64 mix64(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

/// Purposes keep the streams of one order apart (adding a draw to one does not shift the others).
enum class Stream : quint64
{
    Mix = 1,
    Organisation,
    Order,
    Holder,
    Documents,
    Rendering,
};

class DemoRandom
{
public:
    explicit DemoRandom(quint64 state) : m_state(state) {}
    /// A stream for `purpose` keyed by the seed and any number of coordinates.
    DemoRandom(quint64 seed, Stream purpose, std::initializer_list<quint64> coordinates)
        : m_state(mix64(seed ^ mix64(quint64(purpose))))
    {
        for (const quint64 c : coordinates) {
            m_state = mix64(m_state ^ mix64(c + 0x632be59bd9b4e019ULL));
        }
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [low, high], both included.
    int between(int low, int high)
    {
        Q_ASSERT(low <= high);
        const quint64 span = quint64(qint64(high) - qint64(low) + 1);
        return int(qint64(low) + qint64(next() % span));
    }

    /// True `percent` times out of a hundred.
    bool chance(int percent) { return between(0, 99) < percent; }

    template <typename T> const T& pick(std::span<const T> items)
    {
        Q_ASSERT(!items.empty());
        return items[std::size_t(between(0, int(items.size()) - 1))];
    }

    /// `count` decimal digits (leading zeros allowed).
    QString digits(int count)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i) {
            out.append(QChar(u'0' + between(0, 9)));
        }
        return out;
    }

    /// `count` characters drawn from `alphabet`.
    QString characters(QStringView alphabet, int count)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i) {
            out.append(alphabet[between(0, int(alphabet.size()) - 1)]);
        }
        return out;
    }

private:
    quint64 m_state;
};

} // namespace guichet::demo
