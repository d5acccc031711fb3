package kz.shamy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The machine a benchmark ran on, as its report states it (every benchmark writes the same lines). */
public final class BenchmarkMachine {

    private BenchmarkMachine() {
    }

    /** The load average over 1, 5 and 15 minutes, as {@code /proc/loadavg} gives it. */
    public static String loadAverage() {
        try {
            return String.join(", ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** The machine's RAM, e.g. "25.3 GB RAM". */
    public static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB RAM", os.getTotalMemorySize() / 1e9);
        }
        return "RAM unknown";
    }
}
