package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.config.InvalidConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DelegationSettingsTest {

    @Test
    void nothingConfiguredMeansWaitTwoHoursAndWriteNoRecords() {
        assertThat(read(Map.of())).isEqualTo(DelegationSettings.DEFAULT)
                .satisfies(settings -> assertThat(settings.timeout()).isEqualTo(Duration.ofHours(2)));
    }

    @Test
    void timeoutIsReadInShortOrIsoForm() {
        assertThat(read(Map.of("rootmail:delegationTimeout", "90m")).timeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(read(Map.of("rootmail:delegationTimeout", "PT6H")).timeout()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> read(Map.of("rootmail:delegationTimeout", "two hours")))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("rootmail:delegationTimeout: 'two hours' is not a duration");
        assertThatThrownBy(() -> read(Map.of("rootmail:parentZoneId", "mycompany.test")))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("rootmail:parentZoneId: 'mycompany.test' is not a Route53 hosted zone ID");
        assertThatThrownBy(() -> read(Map.of("rootmail:parentZoneId", "Z0PARENT123", "rootmail:parentZoneRoleArn", "dns-role")))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("rootmail:parentZoneRoleArn: 'dns-role' is not an IAM role ARN");
    }

    @Test
    void negativeTimeoutGivenInCodeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new DelegationSettings(Duration.ofMinutes(-1), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("rootmail:delegationTimeout: negative");
    }

    @Test
    void roleWithoutParentZoneIsRefused() {
        assertThatThrownBy(() -> read(Map.of("rootmail:parentZoneRoleArn", "arn:aws:iam::111122223333:role/dns")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("set rootmail:parentZoneId too");
    }

    private static DelegationSettings read(Map<String, String> config) {
        return DelegationSettings.read(key -> Optional.ofNullable(config.get(key)));
    }
}
