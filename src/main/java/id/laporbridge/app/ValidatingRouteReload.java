package id.laporbridge.app;

import org.apache.camel.spi.Resource;
import org.apache.camel.support.RouteWatcherReloadStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Reloads a route file when it changes on disk, but only after the whole route folder, with the change, builds
 * in a separate context. A broken edit is rejected with its reason and the running routes stay as they were.
 */
final class ValidatingRouteReload extends RouteWatcherReloadStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(ValidatingRouteReload.class);

    private final Path folder;
    private final RouteFileCheck check;

    ValidatingRouteReload(Path folder, RouteFileCheck check) {
        super(folder.toString(), false);
        setPattern("*.yaml");
        setRemoveAllRoutes(false);
        this.folder = folder;
        this.check = check;
    }

    @Override
    protected void onRouteReload(Collection<Resource> resources, boolean removeEverything) {
        Optional<String> problem = check.check(folder);
        if (problem.isPresent()) {
            LOG.error("Route change rejected, the running routes stay as they were files={} problem=\"{}\"",
                    names(resources), problem.get());
            return;
        }
        super.onRouteReload(resources, removeEverything);
        LOG.info("Routes reloaded files={}", names(resources));
    }

    private static String names(Collection<Resource> resources) {
        return resources.stream().map(Resource::getLocation).toList().toString();
    }
}
