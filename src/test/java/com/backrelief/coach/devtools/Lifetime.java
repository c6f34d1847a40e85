package com.backrelief.coach.devtools;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long a serving mode ({@code --db}, {@code --serve}) runs: until Ctrl-C on the command line, or
 * until {@link #stop()} in a test, which can also wait until the mode is ready.
 */
final class Lifetime {

    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final boolean untilShutdown;

    private Lifetime(boolean untilShutdown) {
        this.untilShutdown = untilShutdown;
    }

    /** Runs until the JVM is asked to stop (Ctrl-C): a shutdown hook closes what the mode opened. */
    static Lifetime untilShutdown() {
        return new Lifetime(true);
    }

    /** Runs until {@link #stop()}. */
    static Lifetime untilStopped() {
        return new Lifetime(false);
    }

    /** Called by the mode once it serves; then blocks until the end, closing {@code running} on Ctrl-C. */
    void serve(AutoCloseable running) {
        ready.countDown();
        Thread hook = new Thread(() -> closeQuietly(running), "local-tool-shutdown");
        if (untilShutdown) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (untilShutdown) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is closing it already
            }
        }
    }

    void stop() {
        stopped.countDown();
    }

    boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void closeQuietly(AutoCloseable running) {
        try {
            running.close();
        } catch (Exception e) {
            System.err.println("Stopping: " + e.getMessage());
        }
    }
}
