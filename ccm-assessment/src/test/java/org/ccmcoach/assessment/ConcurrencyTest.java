package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.junit.jupiter.api.Test;

/**
 * Reading, validating and scoring from 8 threads at once gives exactly what one thread gives: the
 * shared mapper, the shared validator and the instrument registry hold no per-call state.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;

    /** 1,200 documents: ACIC and PACIC responses, one in ten broken (a value off the scale). */
    private static List<String> documents() {
        Random random = new Random(8);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 1200; d++) {
            boolean acic = d % 2 == 0;
            Instrument instrument = acic ? Instruments.acic35() : Instruments.pacic20();
            StringBuilder answers = new StringBuilder();
            for (Item item : instrument.items()) {
                int value = acic ? random.nextInt(12) : 1 + random.nextInt(5);
                if (d % 10 == 3 && answers.length() == 0) {
                    value = 99;
                }
                answers.append(answers.length() == 0 ? "" : ",").append('"').append(item.id()).append("\":").append(value);
            }
            docs.add("{\"instrument\":\"" + instrument.id().value() + "\",\"subject\":\"site-" + d % 40
                    + "\",\"respondent\":\"r-" + d + "\",\"date\":\"" + LocalDate.of(2026, 1, 1).plusDays(d % 300)
                    + "\",\"answers\":{" + answers + "}}");
        }
        return docs;
    }

    /** What one document gives: its score report, or the error's pointer and message. */
    private static String outcome(String json) {
        try {
            AssessmentResponse r = CcmJson.parse(json, AssessmentResponse.class);
            return Instruments.byId(r.instrument()).score(r).toString();
        } catch (CcmJsonException e) {
            return "error at " + e.pointer() + ": " + e.getMessage();
        }
    }

    @Test
    void eight_threads_read_validate_and_score_exactly_as_one() throws Exception {
        List<String> docs = documents();
        List<String> expected = docs.stream().map(ConcurrencyTest::outcome).toList();
        assertTrue(expected.stream().filter(o -> o.startsWith("error at /answers/")).count() >= 100,
                "one document in ten is broken");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 150;
                results.add(pool.submit(() -> {
                    start.await();
                    // Each thread works through every document, starting at a different place, and
                    // re-registers a built-in instrument now and then, as a loading application might.
                    String[] out = new String[docs.size()];
                    for (int i = 0; i < docs.size(); i++) {
                        int k = (i + offset) % docs.size();
                        out[k] = outcome(docs.get(k));
                        if (i % 200 == 0) {
                            Instruments.register(Instruments.pacic20());
                        }
                    }
                    return List.of(out);
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Registering case twins ({@code race-7} and {@code RACE-7}) from two threads at once lets exactly
     * one in, 3,000 times over. Before registration was one step (a case-insensitive scan, then
     * {@code putIfAbsent}), both got in 7 times in 3,000.
     */
    @Test
    void case_twins_registered_at_once_never_both_get_in() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Instrument base = Instruments.readinessFollowUp();
            for (int i = 0; i < 3_000; i++) {
                CountDownLatch start = new CountDownLatch(1);
                Instrument lower = base.withId(InstrumentId.of("race-" + i));
                Instrument upper = base.withId(InstrumentId.of("RACE-" + i));
                Future<Boolean> a = pool.submit(() -> registers(start, lower));
                Future<Boolean> b = pool.submit(() -> registers(start, upper));
                start.countDown();
                assertTrue(a.get(10, TimeUnit.SECONDS) ^ b.get(10, TimeUnit.SECONDS),
                        "exactly one of race-" + i + " and RACE-" + i + " is registered");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean registers(CountDownLatch start, Instrument instrument) throws InterruptedException {
        start.await();
        try {
            Instruments.register(instrument);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
