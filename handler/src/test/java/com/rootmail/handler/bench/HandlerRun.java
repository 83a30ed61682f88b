package com.rootmail.handler.bench;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.rootmail.handler.RootMailHandler;
import com.rootmail.handler.testing.SqsEvents;
import com.rootmail.handler.testing.TestContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child JVM of {@link HandlerBenchmark}: the shaded Lambda jar's handler, built from the
 * environment, handles the SQS message on stdin {@code runs} times; prints one line per run
 * with its time and the peak heap in use (garbage included) during that run.
 */
public final class HandlerRun {

    private HandlerRun() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        SQSEvent event = SqsEvents.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        RootMailHandler handler = new RootMailHandler();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            TestContext context = new TestContext();
            long start = System.nanoTime();
            int failed = handler.handleRequest(event, context).getBatchItemFailures().size();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("run %d: %d ms, peak heap in use %.1f MB, failed=%d, %s%n", run, millis,
                    peak / 1e6, failed, context.logLines().get(context.logLines().size() - 1));
        }
    }
}
