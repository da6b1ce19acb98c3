package org.tianbao.app;

import java.lang.management.ManagementFactory;

/**
 * Milliseconds since the JVM started, for the start-up time the smoke test prints and the log. The
 * JVM's own record of its start is exact to the millisecond; the OS process start time is not (on Linux
 * it is derived from the boot time, known to the second).
 */
public final class StartClock {

    private StartClock() {
    }

    /** Elapsed time from JVM start to the given wall-clock instant. */
    public static long millisSinceStart(long wallClockMillis) {
        return wallClockMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static long elapsedMillis() {
        return millisSinceStart(System.currentTimeMillis());
    }
}
