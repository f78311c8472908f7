// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline for `duet-bench decode`: whatsapp-api-js verifying and dispatching the same 20,000
// signed single-message webhook bodies, through its own Express handler path on one thread.
//
// Usage: node baseline.mjs [--runs N] [--bodies N] [--window N]
// Prints `name: value` lines like duet-bench. The headline figure is
// npm_verify_dispatch_bodies_per_s: the better of one-at-a-time and `--window` requests in flight.

import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { WhatsAppAPI } from "whatsapp-api-js/middleware/express";

const args = process.argv.slice(2);
function option(name, fallback) {
    const at = args.indexOf(name);
    return at >= 0 && at + 1 < args.length ? Number(args[at + 1]) : fallback;
}
const RUNS = option("--runs", 5);
const BODIES = option("--bodies", 20000);
const WINDOW = option("--window", 64);

// ---- The bodies: the same recipe and bytes as singleMessageBody() in bench/DecodeBench.cpp ----

const APP_SECRET = "duet-bench-app-secret-0123456789";
const PHONE_NUMBER_ID = "106540352242922";
const DISPLAY = "15550783881";
const TEXTS = [
    "Olá! Vocês entregam amanhã? 🚚",
    "Does it come in another color?",
    "مرحبا، هل الطلب جاهز؟",
    "Family order 👨‍👩‍👧‍👦 for Saturday, please",
    "Grüße aus Köln — danke!",
];

const customer = (i) => `5511${900000000 + i}`;

/// Compact JSON with keys in sorted order, as QJsonDocument writes a QJsonObject.
function sortedJson(value) {
    if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(value[k])}`).join(",")}}`;
    }
    return JSON.stringify(value);
}

/// Meta's bytes: every UTF-16 code unit above ASCII as a lower-case \uXXXX escape.
const metaEscape = (text) =>
    text.replace(/[^\x00-\x7f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));

/// One inbound text message per body; index i uses message i * 5 of the mixed corpus.
function singleMessageBody(i) {
    const n = i * 5;
    const message = {
        from: customer(n % 97),
        id: `wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNB${n}`,
        timestamp: String(1750000000 + n),
        type: "text",
        text: { body: TEXTS[n % TEXTS.length] },
    };
    const body = {
        object: "whatsapp_business_account",
        entry: [
            {
                id: "102290129340398",
                changes: [
                    {
                        field: "messages",
                        value: {
                            contacts: [{ profile: { name: "João" }, wa_id: message.from }],
                            messages: [message],
                            messaging_product: "whatsapp",
                            metadata: { display_phone_number: DISPLAY, phone_number_id: PHONE_NUMBER_ID },
                        },
                    },
                ],
            },
        ],
    };
    return Buffer.from(metaEscape(sortedJson(body)), "latin1");
}

const sign = (bytes) => "sha256=" + createHmac("sha256", APP_SECRET).update(bytes).digest("hex");

const bodies = [];
const signatures = [];
const fingerprint = createHash("sha256");
for (let i = 0; i < BODIES; ++i) {
    const bytes = singleMessageBody(i);
    bodies.push(bytes);
    signatures.push(sign(bytes));
    fingerprint.update(bytes).update("\n");
}

// ---- The SDK, set up as its README and Express middleware documentation describe ----

const sdkVersion = JSON.parse(
    readFileSync(new URL("./node_modules/whatsapp-api-js/package.json", import.meta.url), "utf8"),
).version;

const whatsapp = new WhatsAppAPI({
    token: "unused-no-request-is-sent",
    appSecret: APP_SECRET,
    webhookVerifyToken: "unused",
    v: "v24.0",
    secure: true,
});

let dispatched = 0;
let sink = 0;
let lastText = "";
whatsapp.on.message = ({ message, name }) => {
    ++dispatched;
    sink += message.id.length + message.text.body.length + name.length;
    lastText = message.text.body;
};

/// What Express hands the middleware after express.text(): the body as a string, and headers.
function request(bytes, signature) {
    const headers = { "content-length": String(bytes.length), "x-hub-signature-256": signature };
    return { body: bytes.toString("utf8"), header: (name) => headers[name.toLowerCase()] };
}

function fail(message) {
    console.error(`npm baseline: ${message}`);
    process.exit(1);
}

// ---- Sanity: verification really happens and the handler really runs ----

{
    const good = await whatsapp.handle_post(request(bodies[0], signatures[0]));
    if (good !== 200 || dispatched !== 1) fail(`a correctly signed body gave ${good}, ${dispatched} dispatches`);
    if (lastText !== TEXTS[0]) fail(`the handler saw ${JSON.stringify(lastText)}, not the sent text`);

    const sig = signatures[0];
    const forgedSig = sig.slice(0, -1) + (sig.endsWith("0") ? "1" : "0");
    const forged = await whatsapp.handle_post(request(bodies[0], forgedSig));
    const tamperedBytes = Buffer.from(bodies[0]);
    tamperedBytes[tamperedBytes.indexOf("entregam")] = "E".charCodeAt(0);
    const tampered = await whatsapp.handle_post(request(tamperedBytes, sig));
    const otherBody = await whatsapp.handle_post(request(bodies[1], sig));
    const unsigned = await whatsapp.handle_post(request(bodies[0], ""));
    if (forged !== 401 || tampered !== 401 || otherBody !== 401 || unsigned === 200 || dispatched !== 1) {
        fail(
            `forged ${forged}, tampered ${tampered}, other body ${otherBody}, unsigned ${unsigned}: ` +
                `expected 401/401/401/not 200 and no dispatch (dispatches: ${dispatched})`,
        );
    }
}

// ---- Timing ----

/// One at a time: each body verified and dispatched before the next is read.
async function sequential() {
    let ok = 0;
    for (let i = 0; i < bodies.length; ++i) {
        if ((await whatsapp.handle_post(request(bodies[i], signatures[i]))) === 200) ++ok;
    }
    return ok;
}

/// Like a busy server: up to `WINDOW` requests in flight on the one event loop.
async function windowed() {
    let ok = 0;
    let next = 0;
    async function lane() {
        while (next < bodies.length) {
            const i = next++;
            if ((await whatsapp.handle_post(request(bodies[i], signatures[i]))) === 200) ++ok;
        }
    }
    await Promise.all(Array.from({ length: WINDOW }, lane));
    return ok;
}

async function measure(mode) {
    const rates = [];
    for (let run = 0; run <= RUNS; ++run) { // run 0 warms the JIT and is not counted
        const before = dispatched;
        const start = process.hrtime.bigint();
        const ok = await mode();
        const ns = Number(process.hrtime.bigint() - start);
        if (ok !== bodies.length || dispatched - before !== bodies.length) {
            fail(`${ok} of ${bodies.length} bodies accepted, ${dispatched - before} dispatched`);
        }
        if (run > 0) rates.push(bodies.length / (ns / 1e9));
    }
    rates.sort((a, b) => a - b);
    const n = rates.length;
    return n % 2 ? rates[(n - 1) / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
}

const sequentialRate = await measure(sequential);
const windowedRate = await measure(windowed);

const figure = (name, value) => console.log(`${name}: ${value}`);
figure("npm_package", `whatsapp-api-js@${sdkVersion}`);
figure("node_version", process.version);
figure("verify_dispatch_bodies", bodies.length);
figure("bodies_sha256", fingerprint.digest("hex"));
figure("runs", RUNS);
figure("npm_sequential_bodies_per_s", Math.round(sequentialRate));
figure(`npm_window${WINDOW}_bodies_per_s`, Math.round(windowedRate));
figure("npm_verify_dispatch_bodies_per_s", Math.round(Math.max(sequentialRate, windowedRate)));
if (sink === 0) fail("the handler saw nothing");
