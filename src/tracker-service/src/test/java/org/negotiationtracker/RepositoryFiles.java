package org.negotiationtracker;

import java.nio.file.Path;

/** Files at the top of the repository (docker-compose.yml, docs/), which tests of this module read. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** Surefire passes the repository's root; run from elsewhere, the module's parent folder is assumed. */
    public static Path resolve(String relativePath) {
        return Path.of(System.getProperty("tracker.repository.dir", "..")).resolve(relativePath);
    }
}
