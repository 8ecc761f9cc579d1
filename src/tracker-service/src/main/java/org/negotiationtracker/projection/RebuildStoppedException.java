package org.negotiationtracker.projection;

/** A rebuild asked to stop (the service shuts down) before it had written its generation. */
class RebuildStoppedException extends RuntimeException {

    RebuildStoppedException() {
        super("the rebuild of the read models stopped before it had written its generation");
    }
}
