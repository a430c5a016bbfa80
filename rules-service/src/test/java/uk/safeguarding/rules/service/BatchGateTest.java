package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Batches beyond the number allowed at once are turned away after a short wait instead of queueing without end. */
class BatchGateTest {

    @Test
    void aBatchArrivingWhileEveryPlaceIsTakenIsTurnedAwayAndTheNextOneRuns() throws Exception {
        BatchGate gate = new BatchGate(1, Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        running.await();
        BatchGate.BusyException busy = assertThrows(BatchGate.BusyException.class, () -> gate.run(() -> "second"));
        assertEquals(1, busy.retryAfterSeconds);
        finish.countDown();
        assertEquals("first", first.get());
        assertEquals("third", gate.run(() -> "third"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
