package com.rootmail.infra.delegation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The zone that should hold the delegation and the servers to ask; the name is unknown when servers were given. */
record ParentZone(Optional<String> name, List<ParentServer> servers) {

    ParentZone {
        Objects.requireNonNull(name, "name");
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("a parent zone needs at least one server to ask");
        }
    }
}
