package com.rootmail.infra.automation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded defaults that let a fresh clone deploy without a Pulumi account: state in
 * {@code <project>/.pulumi-state} (git-ignored) unless {@code PULUMI_BACKEND_URL} is set,
 * and, for that local state only, a fixed passphrase unless one is set. The passphrase
 * guards the stack's secrets no better than the directory's permissions do; whoever sets
 * their own backend sets their own passphrase (or secrets provider) too.
 */
final class LocalBackend {

    static final String BACKEND_URL = "PULUMI_BACKEND_URL";
    static final String PASSPHRASE = "PULUMI_CONFIG_PASSPHRASE";
    static final String PASSPHRASE_FILE = "PULUMI_CONFIG_PASSPHRASE_FILE";
    /** Well known on purpose: the local default protects nothing a file permission does not. */
    static final String LOCAL_PASSPHRASE = "rootmail-local-state";
    static final String STATE_DIR = ".pulumi-state";
    /** The Automation API's own project and stack files; their encryption salt must outlive a run. */
    static final String WORKSPACE_DIR = "workspace";

    private LocalBackend() {
    }

    /** The variables to add to {@code inherited} for a project in {@code projectRoot}; creates nothing. */
    static Map<String, String> defaults(Map<String, String> inherited, Path projectRoot) {
        Map<String, String> added = new LinkedHashMap<>();
        if (isUnset(inherited, BACKEND_URL)) {
            added.put(BACKEND_URL, "file://" + stateDir(projectRoot));
            // As Pulumi reads them: an empty passphrase is a passphrase, an empty file name is none.
            if (!inherited.containsKey(PASSPHRASE) && isUnset(inherited, PASSPHRASE_FILE)) {
                added.put(PASSPHRASE, LOCAL_PASSPHRASE);
            }
        }
        return added;
    }

    static Path stateDir(Path projectRoot) {
        return projectRoot.toAbsolutePath().normalize().resolve(STATE_DIR);
    }

    /** Creates the workspace directory (and with it the local state directory) if missing. */
    static Path workspaceDir(Path projectRoot) {
        Path dir = stateDir(projectRoot).resolve(WORKSPACE_DIR);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static boolean isUnset(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty();
    }
}
