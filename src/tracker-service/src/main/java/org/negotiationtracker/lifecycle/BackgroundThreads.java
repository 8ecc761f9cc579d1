package org.negotiationtracker.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every background thread of this instance, so that liveness can see each of them. */
@ApplicationScoped
public class BackgroundThreads {

    private final List<BackgroundThread> threads = new CopyOnWriteArrayList<>();

    /** A new thread of that name, not yet started. */
    public BackgroundThread create(String name) {
        BackgroundThread thread = new BackgroundThread(name);
        threads.add(thread);
        return thread;
    }

    public List<BackgroundThread> all() {
        return List.copyOf(threads);
    }
}
