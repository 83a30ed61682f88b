package com.rootmail.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final String QUEUE = "aws:sqs/queue:Queue";

    private final Plan plan = new Plan(List.of(
            queue("rootmail-mail-queue"), queue("rootmail-dead-letters"),
            new Registration("aws:sns/topic:Topic", "rootmail-notifications", "eu-west-1", "", Map.of(), Map.of())),
            Map.of());

    @Test
    void singleIsTheOneResourceOfItsType() {
        assertThat(plan.single("aws:sns/topic:Topic").name()).isEqualTo("rootmail-notifications");
    }

    @Test
    void singleFailsNamingTheTypeAndHowManyThereAre() {
        assertThatThrownBy(() -> plan.single(QUEUE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("expected one " + QUEUE + ", found 2");
        assertThatThrownBy(() -> plan.single("aws:s3/bucketV2:BucketV2")).isInstanceOf(IllegalStateException.class)
                .hasMessage("expected one aws:s3/bucketV2:BucketV2, found 0");
    }

    private static Registration queue(String name) {
        return new Registration(QUEUE, name, "eu-west-1", "", Map.of(), Map.of());
    }
}
