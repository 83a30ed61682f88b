package com.rootmail.handler.mail.bench;

import com.rootmail.handler.mail.LargeMailProbe;
import com.rootmail.handler.mail.MailLimits;
import com.rootmail.handler.mail.MailParser;
import com.rootmail.handler.mail.MimeMailParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one 40 MB mail costs the parser: time, throughput, heap. Not a test: it prints
 * figures and asserts nothing. Run it with {@code mvn -B -q -pl handler -Pbench-parser test-compile exec:exec}
 * (see the README, section Benchmarks).
 *
 * <p>Per kind of generated mail it prints: the mail's size; the median time to only generate
 * it (the mail is made while it is read); the median time of generating and parsing it; the
 * parser's own throughput (generation time taken out); the peak heap in use during one
 * parse (garbage not yet collected included); and the smallest {@code -Xmx} with which a
 * fresh JVM parses it, found by bisection with {@link LargeMailProbe}.
 */
public final class ParserBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 7;
    private static final double MB = 1_000_000.0;

    private ParserBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> kinds = args.length > 0 ? List.of(args) : List.of("attachment", "one-line-attachment", "html");
        MailParser parser = new MimeMailParser(MailLimits.DEFAULT);
        System.out.printf("JVM %s, max heap %d MB, %d CPUs%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-20s %8s %8s %14s %14s %13s %12s%n", "mail", "size MB", "gen ms",
                "gen+parse ms", "parse MB/s", "peak heap MB", "min -Xmx MB");
        for (String kind : kinds) {
            long size = drain(kind);
            long generate = median(() -> drain(kind));
            for (int i = 0; i < WARMUPS; i++) {
                parse(parser, kind);
            }
            long parse = median(() -> parse(parser, kind));
            double peak = peakHeapOfOneParse(parser, kind);
            int minHeap = smallestHeapThatParses(kind);
            System.out.printf("%-20s %8.1f %8d %14d %14.0f %13.1f %12d%n", kind, size / MB,
                    TimeUnit.NANOSECONDS.toMillis(generate), TimeUnit.NANOSECONDS.toMillis(parse),
                    size / MB / ((parse - generate) / 1e9), peak, minHeap);
        }
    }

    private interface Run {
        long run() throws IOException;
    }

    private static long median(Run run) throws IOException {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long drain(String kind) throws IOException {
        try (InputStream mail = LargeMailProbe.mail(kind)) {
            return mail.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static long parse(MailParser parser, String kind) throws IOException {
        try (InputStream mail = LargeMailProbe.mail(kind)) {
            return parser.parse(mail).attachments().size();
        }
    }

    /** Heap in use at its highest during one parse, in MB, starting from a collected heap. */
    private static double peakHeapOfOneParse(MailParser parser, String kind) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        parse(parser, kind);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return (peak - baseline) / MB;
    }

    /** The smallest -Xmx (in MB) with which a fresh JVM parses the mail, by bisection. */
    private static int smallestHeapThatParses(String kind) throws IOException, InterruptedException {
        int fails = 2;
        int works = 64;
        if (!parsesWith(works, kind)) {
            return -1;
        }
        while (works - fails > 1) {
            int middle = (fails + works) / 2;
            if (parsesWith(middle, kind)) {
                works = middle;
            } else {
                fails = middle;
            }
        }
        return works;
    }

    private static boolean parsesWith(int heapMb, String kind) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx" + heapMb + "m",
                "-cp", System.getProperty("java.class.path"), LargeMailProbe.class.getName(), kind)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor() == 0;
    }
}
