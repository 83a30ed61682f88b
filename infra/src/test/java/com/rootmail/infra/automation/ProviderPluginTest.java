package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderPluginTest {

    @Test
    void theAwsPluginVersionIsTheOneTheAwsJarWasGeneratedFor() {
        assertThat(ProviderPlugin.aws()).isEqualTo(new ProviderPlugin("aws", "v6.83.0"));
    }

    @Test
    void aProviderWithoutJarIsNamedInTheError() {
        assertThatThrownBy(() -> ProviderPlugin.fromJar("gcp"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.pulumi:gcp");
    }
}
