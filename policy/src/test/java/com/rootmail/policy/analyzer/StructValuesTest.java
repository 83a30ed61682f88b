package com.rootmail.policy.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.internal.Constants;
import com.rootmail.policy.PolicyResource;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructValuesTest {

    @Test
    void wholeNumbersBecomeLongsAndFractionsStayDoubles() {
        var plain = StructValues.plain(Protos.struct(Map.of("messageRetentionSeconds", 1209600, "ratio", 0.5)));
        assertThat(plain).containsEntry("messageRetentionSeconds", 1209600L).containsEntry("ratio", 0.5);
    }

    @Test
    void theEnginesUnknownMarkerBecomesUnknownEvenInsideListsAndMaps() {
        var plain = StructValues.plain(Protos.struct(Map.of(
                "policy", PolicyResource.UNKNOWN,
                "architectures", List.of(PolicyResource.UNKNOWN),
                "loggingConfig", Map.of("logGroup", PolicyResource.UNKNOWN))));
        assertThat(plain.get("policy")).isSameAs(PolicyResource.UNKNOWN);
        assertThat(plain.get("architectures")).isEqualTo(List.of(PolicyResource.UNKNOWN));
        assertThat(plain.get("loggingConfig")).isEqualTo(Map.of("logGroup", PolicyResource.UNKNOWN));
    }

    @Test
    void secretsAreJudgedByTheirValue() {
        var plain = StructValues.plain(Protos.struct(Map.of("kmsMasterKeyId", Protos.secret("alias/k"))));
        assertThat(plain).containsEntry("kmsMasterKeyId", "alias/k");
    }

    @Test
    void anOutputValueWithoutItsValueIsUnknown() {
        Value output = Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(Constants.SpecialSigKey, Protos.value(Constants.SpecialOutputSig))).build();
        var plain = StructValues.plain(Protos.struct(Map.of("redrivePolicy", output)));
        assertThat(plain.get("redrivePolicy")).isSameAs(PolicyResource.UNKNOWN);
    }

    @Test
    void nullsAreDroppedLikeAbsentProperties() {
        var plain = StructValues.plain(Protos.struct(Collections.singletonMap("kmsMasterKeyId", null)));
        assertThat(plain).doesNotContainKey("kmsMasterKeyId");
    }
}
