// SPDX-License-Identifier: GPL-3.0-or-later
// The strict-input rules (app/base/strictinput.h) every reader of outside input shares. The rows
// include the cases on which the readers' former copies disagreed: the empty base64 text (accepted
// by the envelope's and the key files' copies, refused by the directory's), a member repeated in a
// nested object (missed by the envelope's copy), numbers beyond the 64-bit range (undefined
// behaviour when converted before the range check).
#include "base/strictinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace harbour;

namespace {

// One JSON value from its text; "undefined" stands for a missing member.
QJsonValue jsonValue(const QByteArray &text)
{
    if (text == "undefined")
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data is not JSON: %s", text.constData());
    return doc.array().at(0);
}

constexpr qint64 kMin64 = std::numeric_limits<qint64>::min();
constexpr qint64 kMax64 = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxExact = (qint64(1) << 53) - 1;

} // namespace

Q_DECLARE_METATYPE(strict::TextProblem)

class TestStrictInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalBase64_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("exactBytes");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("bytes");

        const qsizetype any = strict::kAnyLength;
        QTest::newRow("three bytes") << QStringLiteral("AAEC") << any << true
                                     << QByteArray("\x00\x01\x02", 3);
        QTest::newRow("one byte, two pads") << QStringLiteral("/w==") << any << true << QByteArray("\xff", 1);
        QTest::newRow("two bytes, one pad")
            << QStringLiteral("+/8=") << any << true << QByteArray("\xfb\xff", 2);
        QTest::newRow("exact size met")
            << QStringLiteral("AAEC") << qsizetype(3) << true << QByteArray("\x00\x01\x02", 3);
        QTest::newRow("exact size missed") << QStringLiteral("AAEC") << qsizetype(4) << false << QByteArray();
        QTest::newRow("32 bytes as a pin or key") << QString::fromLatin1(QByteArray(32, 'k').toBase64())
                                                  << qsizetype(32) << true << QByteArray(32, 'k');
        // The envelope's and the key files' copies took "" for zero bytes; no field holds zero bytes.
        QTest::newRow("empty") << QString() << any << false << QByteArray();
        QTest::newRow("empty, zero bytes asked") << QString() << qsizetype(0) << false << QByteArray();
        QTest::newRow("padding missing") << QStringLiteral("/w") << any << false << QByteArray();
        QTest::newRow("padding short") << QStringLiteral("/w=") << any << false << QByteArray();
        QTest::newRow("padding extra") << QStringLiteral("+/8==") << any << false << QByteArray();
        QTest::newRow("padding inside") << QStringLiteral("AA==AAAA") << any << false << QByteArray();
        // "/x==" decodes to the same byte as "/w==": only one text may stand for it.
        QTest::newRow("trailing bits set") << QStringLiteral("/x==") << any << false << QByteArray();
        QTest::newRow("url-safe alphabet") << QStringLiteral("-_8=") << any << false << QByteArray();
        QTest::newRow("space inside") << QStringLiteral("AA EC") << any << false << QByteArray();
        QTest::newRow("leading space") << QStringLiteral(" AAEC") << any << false << QByteArray();
        QTest::newRow("line feed after") << QStringLiteral("AAEC\n") << any << false << QByteArray();
        QTest::newRow("not base64 at all") << QStringLiteral("not base64!") << any << false << QByteArray();
        // toLatin1() makes U+0100 a '?'; a Latin-1 letter stays itself: both are refused.
        QTest::newRow("non-ASCII letter") << QStringLiteral("AAE\u00e9") << any << false << QByteArray();
        QTest::newRow("non-Latin-1 letter") << QStringLiteral("AAE\u0100") << any << false << QByteArray();
    }

    void canonicalBase64()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, exactBytes);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, bytes);
        const auto fromString = strict::decodeCanonicalBase64(QStringView(text), exactBytes);
        QCOMPARE(fromString.has_value(), accepted);
        if (accepted)
            QCOMPARE(*fromString, bytes);
        // The byte form answers the same for ASCII input.
        if (QStringView(text).toLatin1() == text.toUtf8()) {
            const QByteArray latin = text.toLatin1();
            const auto fromBytes = strict::decodeCanonicalBase64(QByteArrayView(latin), exactBytes);
            QCOMPARE(fromBytes.has_value(), accepted);
            if (accepted)
                QCOMPARE(*fromBytes, bytes);
        }
    }

    void repeatedMember_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("repeats");
        QTest::addColumn<QString>("name");

        QTest::newRow("none") << QByteArray(R"({"a":1,"b":2})") << false << QString();
        QTest::newRow("repeated") << QByteArray(R"({"a":1,"b":2,"a":3})") << true << QStringLiteral("a");
        QTest::newRow("repeated with white space")
            << QByteArray("{ \"a\" : 1 ,\n \"a\" : 1 }") << true << QStringLiteral("a");
        // Rows with a backslash are not raw strings: moc 6.4 then stops seeing this class.
        QTest::newRow("one name spelt with an escape")
            << QByteArray("{\"a\":1,\"\\u0061\":2}") << true << QStringLiteral("a");
        QTest::newRow("escaped quote in a name")
            << QByteArray("{\"a\\\"b\":1,\"a\\\"b\":2}") << true << QStringLiteral("a\"b");
        // The envelope's copy counted members at depth 1 only.
        QTest::newRow("repeated in a nested object")
            << QByteArray(R"({"x":{"a":1,"a":2}})") << true << QStringLiteral("a");
        QTest::newRow("repeated in an object in an array")
            << QByteArray(R"({"x":[1,{"k":1,"k":2}]})") << true << QStringLiteral("k");
        QTest::newRow("repeated empty name") << QByteArray(R"({"":1,"":2})") << true << QString();
        QTest::newRow("same name in sibling objects")
            << QByteArray(R"([{"a":1},{"a":2}])") << false << QString();
        QTest::newRow("same name at two depths") << QByteArray(R"({"a":{"a":1}})") << false << QString();
        QTest::newRow("after a nested object closes")
            << QByteArray(R"({"a":{"b":1},"b":2})") << false << QString();
        QTest::newRow("a name inside a string value")
            << QByteArray("{\"a\":\"\\\"a\\\":1,\",\"b\":\"a\"}") << false << QString();
        QTest::newRow("string values repeat, names do not")
            << QByteArray(R"({"a":"x","b":"x"})") << false << QString();
        QTest::newRow("array of strings") << QByteArray(R"({"a":["a","a"]})") << false << QString();
        QTest::newRow("not an object") << QByteArray(R"(["a","a"])") << false << QString();
    }

    void repeatedMember()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, repeats);
        QFETCH(QString, name);
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError); // the function's precondition
        const auto repeated = strict::firstRepeatedMember(json);
        QCOMPARE(repeated.has_value(), repeats);
        if (repeats)
            QCOMPARE(*repeated, name);
    }

    void unknownMember_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("unknown"); // null: none

        const QStringList vAndId { QStringLiteral("v"), QStringLiteral("id") };
        QTest::newRow("all known") << QByteArray(R"({"v":1,"id":"x"})") << vAndId << QString();
        QTest::newRow("some known ones missing") << QByteArray(R"({"v":1})") << vAndId << QString();
        QTest::newRow("empty object") << QByteArray("{}") << vAndId << QString();
        QTest::newRow("one unknown") << QByteArray(R"({"v":1,"x":2})") << vAndId << QStringLiteral("x");
        QTest::newRow("case matters") << QByteArray(R"({"V":1})") << vAndId << QStringLiteral("V");
        QTest::newRow("nothing known") << QByteArray(R"({"v":1})") << QStringList() << QStringLiteral("v");
    }

    void unknownMember()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, known);
        QFETCH(QString, unknown);
        const auto found = strict::firstUnknownMember(QJsonDocument::fromJson(json).object(), known);
        QCOMPARE(found.has_value(), !unknown.isNull());
        if (found)
            QCOMPARE(*found, unknown);
    }

    void wholeNumber_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("lowest");
        QTest::addColumn<qint64>("highest");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("number");

        QTest::newRow("inside") << QByteArray("5") << qint64(1) << qint64(10) << true << qint64(5);
        QTest::newRow("lowest") << QByteArray("1") << qint64(1) << qint64(10) << true << qint64(1);
        QTest::newRow("highest") << QByteArray("10") << qint64(1) << qint64(10) << true << qint64(10);
        QTest::newRow("below") << QByteArray("0") << qint64(1) << qint64(10) << false << qint64(0);
        QTest::newRow("above") << QByteArray("11") << qint64(1) << qint64(10) << false << qint64(0);
        QTest::newRow("negative inside") << QByteArray("-3") << qint64(-5) << qint64(5) << true << qint64(-3);
        QTest::newRow("minus zero") << QByteArray("-0") << qint64(0) << qint64(1) << true << qint64(0);
        QTest::newRow("written with a fraction part")
            << QByteArray("2.0") << qint64(1) << qint64(10) << true << qint64(2);
        QTest::newRow("written with an exponent")
            << QByteArray("1e2") << qint64(1) << qint64(1000) << true << qint64(100);
        QTest::newRow("a fraction") << QByteArray("1.5") << qint64(1) << qint64(10) << false << qint64(0);
        QTest::newRow("a tiny fraction")
            << QByteArray("1e-300") << qint64(0) << qint64(10) << false << qint64(0);
        // The fuzz regressions of tests/unit/tst_questionnaire.cpp: out of range, refused, no UB.
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(1) << qint64(100000) << false << qint64(0);
        QTest::newRow("-1e300") << QByteArray("-1e300") << qint64(1) << qint64(50) << false << qint64(0);
        QTest::newRow("22222222222222222100")
            << QByteArray("22222222222222222100") << qint64(1) << qint64(100000) << false << qint64(0);
        QTest::newRow("22222222222222222100, full 64-bit range")
            << QByteArray("22222222222222222100") << kMin64 << kMax64 << false << qint64(0);
        QTest::newRow("1e300, full 64-bit range")
            << QByteArray("1e300") << kMin64 << kMax64 << false << qint64(0);
        QTest::newRow("2^63, full 64-bit range")
            << QByteArray("9223372036854775808") << kMin64 << kMax64 << false << qint64(0);
        QTest::newRow("-2^63, full 64-bit range")
            << QByteArray("-9223372036854775808") << kMin64 << kMax64 << false << qint64(0);
        QTest::newRow("2^53-1, the directory's largest serial")
            << QByteArray("9007199254740991") << qint64(1) << kMaxExact << true << kMaxExact;
        QTest::newRow("2^53, past the serial range")
            << QByteArray("9007199254740992") << qint64(1) << kMaxExact << false << qint64(0);
        QTest::newRow("2^53, past what a double holds exactly")
            << QByteArray("9007199254740992") << qint64(1) << kMax64 << false << qint64(0);
        QTest::newRow("4 GiB, the key files' largest memlimit")
            << QByteArray("4294967296") << qint64(8192) << qint64(4294967296) << true << qint64(4294967296);
        QTest::newRow("a string") << QByteArray("\"5\"") << qint64(1) << qint64(10) << false << qint64(0);
        QTest::newRow("true") << QByteArray("true") << qint64(0) << qint64(10) << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << qint64(0) << qint64(10) << false << qint64(0);
        QTest::newRow("missing") << QByteArray("undefined") << qint64(0) << qint64(10) << false << qint64(0);
        QTest::newRow("an array") << QByteArray("[5]") << qint64(0) << qint64(10) << false << qint64(0);
    }

    void wholeNumber()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, lowest);
        QFETCH(qint64, highest);
        QFETCH(bool, accepted);
        QFETCH(qint64, number);
        const auto read = strict::wholeNumber(jsonValue(json), lowest, highest);
        QCOMPARE(read.has_value(), accepted);
        if (accepted)
            QCOMPARE(*read, number);
    }

    void boundedText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("maxLength");
        QTest::addColumn<bool>("allowEmpty");
        QTest::addColumn<bool>("allowControl");
        QTest::addColumn<strict::TextProblem>("problem");

        using P = strict::TextProblem;
        QTest::newRow("plain") << QByteArray("\"Leeds\"") << qsizetype(10) << false << false << P::None;
        QTest::newRow("no limit") << QByteArray("\"Leeds\"") << qsizetype(0) << false << false << P::None;
        QTest::newRow("at the limit") << QByteArray("\"12345\"") << qsizetype(5) << false << false << P::None;
        QTest::newRow("one past the limit")
            << QByteArray("\"123456\"") << qsizetype(5) << false << false << P::TooLong;
        // The limit counts UTF-16 code units, as QString::size() does: an emoji is two.
        QTest::newRow("emoji counts two")
            << QByteArray("\"1234\\ud83d\\ude00\"") << qsizetype(5) << true << true << P::TooLong;
        QTest::newRow("non-ASCII letters count one each")
            << QByteArray("\"\u00e9\u00e9\u00e9\u00e9\u00e9\"") << qsizetype(5) << true << true << P::None;
        QTest::newRow("empty, allowed") << QByteArray("\"\"") << qsizetype(5) << true << false << P::None;
        QTest::newRow("empty, refused") << QByteArray("\"\"") << qsizetype(5) << false << false << P::Empty;
        QTest::newRow("only spaces, refused")
            << QByteArray("\"   \"") << qsizetype(5) << false << false << P::Empty;
        QTest::newRow("line feed, refused")
            << QByteArray("\"a\\nb\"") << qsizetype(0) << true << false << P::ControlCharacter;
        QTest::newRow("line feed, allowed")
            << QByteArray("\"a\\nb\"") << qsizetype(0) << true << true << P::None;
        QTest::newRow("NUL") << QByteArray("\"a\\u0000b\"") << qsizetype(0) << true << false
                             << P::ControlCharacter;
        QTest::newRow("escape (terminal colours)")
            << QByteArray("\"\\u001b[31m\"") << qsizetype(0) << true << false << P::ControlCharacter;
        QTest::newRow("DEL") << QByteArray("\"a\\u007fb\"") << qsizetype(0) << true << false
                             << P::ControlCharacter;
        QTest::newRow("C1 control") << QByteArray("\"a\\u0085b\"") << qsizetype(0) << true << false
                                    << P::ControlCharacter;
        QTest::newRow("right-to-left text is not a control")
            << QByteArray("\"\u0645\u0631\u062d\u0628\u0627\"") << qsizetype(0) << false << false << P::None;
        QTest::newRow("a number") << QByteArray("5") << qsizetype(0) << true << true << P::NotString;
        QTest::newRow("null") << QByteArray("null") << qsizetype(0) << true << true << P::NotString;
        QTest::newRow("missing") << QByteArray("undefined") << qsizetype(0) << true << true << P::NotString;
    }

    void boundedText()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, maxLength);
        QFETCH(bool, allowEmpty);
        QFETCH(bool, allowControl);
        QFETCH(strict::TextProblem, problem);
        const strict::TextRules rules { maxLength, allowEmpty, allowControl };
        const QJsonValue value = jsonValue(json);
        QString out = QStringLiteral("untouched");
        QCOMPARE(strict::checkText(value, rules, &out), problem);
        QCOMPARE(out, problem == strict::TextProblem::None ? value.toString() : QStringLiteral("untouched"));
        if (value.isString())
            QCOMPARE(strict::checkText(QStringView(value.toString()), rules), problem);
    }

    // Version 3 onion addresses (rend-spec-v3 §6), as the directory's "onion" member holds them.
    void onionAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        // The key 00 01 … 1f with its checksum and version 3, and a real one as tor printed it for a
        // test network here.
        const QString good = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        QTest::newRow("valid") << good << true;
        QTest::newRow("valid, made by tor")
            << QStringLiteral("k6sffl2dlwipakwmyja6wcyig4qki4dsxnmurdzalmnlkfqg44oll4ad.onion") << true;
        QTest::newRow("upper case") << QString(good.left(56).toUpper() + QStringLiteral(".onion")) << false;
        QString checksum = good;
        checksum[52] = QLatin1Char('a');
        QTest::newRow("wrong checksum") << checksum << false;
        // Version byte 2 (the last character encodes its low bits): the checksum then fails too.
        QString version = good;
        version[55] = QLatin1Char('c');
        QTest::newRow("other version") << version << false;
        QTest::newRow("version 2 address") << QStringLiteral("expyuzz4wqqyqhjn.onion") << false;
        QTest::newRow("no suffix") << good.left(56) << false;
        QTest::newRow("other suffix") << QString(good.left(56) + QStringLiteral(".onion.example")) << false;
        QTest::newRow("subdomain") << QString(QStringLiteral("www.") + good) << false;
        QTest::newRow("port") << QString(good + QStringLiteral(":443")) << false;
        QTest::newRow("not base32") << QString(QStringLiteral("1") + good.mid(1)) << false;
        QTest::newRow("trailing dot") << QString(good + QStringLiteral(".")) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void onionAddress()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(strict::isOnionV3Address(host), valid);
    }
};

QTEST_GUILESS_MAIN(TestStrictInput)
#include "tst_strictinput.moc"
