package uk.safeguarding.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository outside this module (the regression corpus, the service's examples), found from wherever the tests run. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /** The repository path, looked for in the working directory and each directory above it. */
    public static Path find(String repositoryPath) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(repositoryPath);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(repositoryPath + " not found above " + Path.of("").toAbsolutePath());
    }
}
