package id.wadul.routes.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the conf folder: the one named by {@code -Dwadul.conf}; else {@code ./conf}; else a {@code conf} folder
 * next to the jar or up to two folders above it ({@code routes/target/wadul.jar} finds the project's
 * {@code conf/}), so the jar can be started from any folder. When none holds {@code wadul.properties}, the
 * failure says where it looked and how to point at the right one.
 */
public final class ConfLocator {

    private ConfLocator() {
    }

    /**
     * @param explicit   the value of {@code -Dwadul.conf}, or null
     * @param workingDir the current folder
     * @param jar        the running jar (or classes folder), or null when unknown
     */
    public static Path locate(String explicit, Path workingDir, Path jar) {
        if (explicit != null && !explicit.isBlank()) {
            Path dir = workingDir.resolve(explicit.strip()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(Settings.FILE_NAME))) {
                throw new StartupFailure("-D" + Settings.CONF_DIR_PROPERTY + "=" + explicit + ": there is no "
                        + Settings.FILE_NAME + " in " + dir + ".\nPoint it at the folder that holds "
                        + Settings.FILE_NAME + " (the conf/ folder of the wadul project).");
            }
            return dir;
        }
        List<Path> candidates = candidates(workingDir, jar);
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(Settings.FILE_NAME))) {
                return dir;
            }
        }
        throw new StartupFailure("cannot find the settings: no " + Settings.FILE_NAME + " in "
                + candidates.stream().map(Path::toString).collect(Collectors.joining(", ")) + ".\n"
                + "Run from the wadul folder, or name the conf folder: java -D" + Settings.CONF_DIR_PROPERTY
                + "=/path/to/conf -jar wadul.jar");
    }

    static List<Path> candidates(Path workingDir, Path jar) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(workingDir.resolve("conf").toAbsolutePath().normalize());
        if (jar != null) {
            Path dir = jar.toAbsolutePath().normalize().getParent();
            for (int up = 0; up <= 2 && dir != null; up++, dir = dir.getParent()) {
                dirs.add(dir.resolve("conf"));
            }
        }
        return new ArrayList<>(dirs);
    }
}
