package com.rootmail.infra.delegation;

import java.util.List;
import java.util.Optional;
import org.xbill.DNS.Name;

/** Finds the parent zone of a domain and its authoritative servers. */
interface ParentLocator {

    ParentZone locate(Name domain) throws ParentNotFoundException;

    /** Servers named by the user replace discovery (tests, split-horizon DNS). */
    static ParentLocator given(List<ParentServer> servers) {
        ParentZone zone = new ParentZone(Optional.empty(), servers);
        return domain -> zone;
    }

    /** Why there is nobody to ask; the message is meant for the user. */
    final class ParentNotFoundException extends Exception {
        ParentNotFoundException(String message) {
            super(message);
        }
    }
}
