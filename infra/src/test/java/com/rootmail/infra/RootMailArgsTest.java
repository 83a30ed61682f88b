package com.rootmail.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.config.StackConfig;
import com.rootmail.infra.config.StackConfigReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The component's settings are checked when they are built, not when AWS refuses them. */
class RootMailArgsTest {

    private static final StackConfig CONFIG = config();

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 1001})
    void maximumConcurrencyOutsideWhatTheSqsEventSourceAcceptsIsRefused(int concurrency) {
        assertThatThrownBy(() -> RootMailArgs.builder().config(CONFIG).maximumConcurrency(concurrency).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumConcurrency must be 2..1000, was " + concurrency);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000})
    void maximumConcurrencyMayBeEitherLimit(int concurrency) {
        assertThat(RootMailArgs.builder().config(CONFIG).maximumConcurrency(concurrency).build().maximumConcurrency())
                .isEqualTo(concurrency);
    }

    @Test
    void withoutAConfigurationNothingIsBuilt() {
        assertThatThrownBy(() -> RootMailArgs.builder().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("config");
    }

    private static StackConfig config() {
        Map<String, String> config = TestStacks.config();
        return StackConfigReader.read(key -> Optional.ofNullable(config.get(key)), Path.of(""));
    }
}
