package com.rootmail.infra.automation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A resource plugin the program needs, at the version its Java SDK was generated for: each
 * Pulumi provider jar carries {@code com/pulumi/<name>/plugin.json}, so the version follows
 * the jar in the POM instead of being written down twice.
 */
record ProviderPlugin(String name, String version) {

    private static final ObjectMapper JSON = new ObjectMapper();

    ProviderPlugin {
        if (!version.startsWith("v")) {
            throw new IllegalArgumentException("plugin versions are written v<semver>, not " + version);
        }
    }

    /** The {@code aws} plugin of the com.pulumi:aws jar on the class path. */
    static ProviderPlugin aws() {
        return fromJar("aws");
    }

    static ProviderPlugin fromJar(String name) {
        String resource = "/com/pulumi/" + name + "/plugin.json";
        try (InputStream in = ProviderPlugin.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: is com.pulumi:" + name + " a dependency?");
            }
            JsonNode plugin = JSON.readTree(in);
            return new ProviderPlugin(plugin.path("name").asText(name), "v" + plugin.path("version").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
