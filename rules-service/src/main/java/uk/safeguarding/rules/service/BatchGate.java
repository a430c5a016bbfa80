package uk.safeguarding.rules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Batches are the heavy work: up to fifty assessments, each possibly with its what-if. At most
 * safeguarding.batch.concurrent run at once, so batches can never hold every worker thread and single assessments,
 * timescales and health checks are still answered. A batch that finds no free place within
 * safeguarding.batch.wait is turned away with 429 and Retry-After rather than queued without end.
 */
@ApplicationScoped
class BatchGate {

    private final Semaphore places;
    private final Duration wait;

    @Inject
    BatchGate(@ConfigProperty(name = "safeguarding.batch.concurrent") int concurrent,
              @ConfigProperty(name = "safeguarding.batch.wait") Duration wait) {
        this.places = new Semaphore(Math.max(1, concurrent), true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> batch) {
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BusyException(retryAfter());
        }
        if (!admitted) {
            throw new BusyException(retryAfter());
        }
        try {
            return batch.get();
        } finally {
            places.release();
        }
    }

    private long retryAfter() {
        return Math.max(1, wait.toSeconds());
    }

    /** Every place for batches is taken; the caller should try again after the given seconds. */
    static final class BusyException extends RuntimeException {

        final long retryAfterSeconds;

        BusyException(long retryAfterSeconds) {
            super("every place for batch work is taken", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
