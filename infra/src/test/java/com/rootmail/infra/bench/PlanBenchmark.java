package com.rootmail.infra.bench;

import com.rootmail.infra.TestStacks;
import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long a plan of the whole stack takes under Pulumi's mock engine: the first (cold)
 * run in a fresh JVM, then warm runs. Not a test; run it on purpose:
 *
 * <pre>{@code
 * mvn -B -q -pl infra -am -Pbench-plan test -DskipTests
 * }</pre>
 */
public final class PlanBenchmark {

    private static final int WARM_RUNS = 30;

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Plan first = TestStacks.plan();
        double coldMs = millisSince(start);

        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long runStart = System.nanoTime();
            TestStacks.plan();
            warm.add(millisSince(runStart));
        }
        Collections.sort(warm);

        long awsResources = first.resources().stream().filter(Registration::isAwsResource).count();
        System.out.printf("registrations: %d (%d AWS resources, 2 providers, 1 component)%n",
                first.resources().size(), awsResources);
        System.out.printf("cold plan (first in JVM): %.0f ms%n", coldMs);
        System.out.printf("warm plans (%d runs): median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms%n",
                WARM_RUNS, warm.get(WARM_RUNS / 2), warm.get(WARM_RUNS * 9 / 10), warm.get(0), warm.get(WARM_RUNS - 1));
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
