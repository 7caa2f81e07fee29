package org.learningsociety.core.subject;

import java.util.Optional;

/** The repository of import jobs: each change is written at once, so any node can tell where a job stands. */
public interface ImportJobs {

    long nextId();

    void add(ImportJob job);

    /** Writes the job's state over the stored one. */
    void update(ImportJob job);

    Optional<ImportJob> findById(long id);
}
