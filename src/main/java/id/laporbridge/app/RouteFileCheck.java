package id.laporbridge.app;

import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.NoSuchBeanException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.BeanRepository;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.SimpleRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Checks route files by building them in a separate Camel context that never starts a consumer: YAML syntax,
 * unknown steps, unknown components and options, and references to beans and route configurations are all
 * resolved as in the running bridge. Used before a changed route file replaces the running one, and by
 * {@code check-config}.
 */
public final class RouteFileCheck {

    private final Map<String, String> properties;
    private final BeanRepository beans;

    /** {@code beans} resolves the bean names the routes use, e.g. the running bridge's registry. */
    public RouteFileCheck(Map<String, String> properties, BeanRepository beans) {
        this.properties = Map.copyOf(properties);
        this.beans = beans;
    }

    /** Returns a bean repository that looks in {@code first}, then in {@code fallback} when that is not null. */
    public static BeanRepository beans(Map<String, Object> first, BeanRepository fallback) {
        SimpleRegistry registry = new SimpleRegistry();
        first.forEach(registry::bind);
        return fallback == null ? new DefaultRegistry(registry) : new DefaultRegistry(registry, fallback);
    }

    /** Returns the problem with the route files in {@code folder}, or empty when they all build. */
    public Optional<String> check(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return Optional.of(folder + ": cannot list route files: " + e.getMessage());
        }
        if (files.isEmpty()) {
            return Optional.of(folder + ": no route files (*.yaml)");
        }
        return build(files);
    }

    private Optional<String> build(List<Path> files) {
        CamelContext scratch = new DefaultCamelContext();
        try {
            // Quartz keeps schedulers in a JVM-wide registry by name, and the name comes from the context: a
            // unique name keeps this check away from the running bridge's scheduler and from other checks.
            scratch.getCamelContextExtension().setName("lapor-bridge-route-check-" + UUID.randomUUID());
            Properties overrides = new Properties();
            overrides.putAll(properties);
            scratch.getPropertiesComponent().setOverrideProperties(overrides);
            scratch.getCamelContextExtension().setRegistry(new DefaultRegistry(beans));
            String mirrorCalls = properties.get(MirrorCallsPool.SETTING);
            if (mirrorCalls != null) {
                scratch.getExecutorServiceManager().registerThreadPoolProfile(MirrorCallsPool.profile(mirrorCalls));
            }
            scratch.setAutoStartup(false);
            QuartzComponent quartz = new QuartzComponent();
            quartz.setAutoStartScheduler(false);
            scratch.addComponent("quartz", quartz);
            List<Resource> resources = new ArrayList<>();
            for (Path file : files) {
                resources.add(ResourceHelper.resolveResource(scratch, "file:" + file.toAbsolutePath()));
            }
            PluginHelper.getRoutesLoader(scratch).loadRoutes(resources);
            scratch.start();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(describe(e));
        } finally {
            scratch.stop();
        }
    }

    /**
     * Returns whether a failed Camel start was caused by the route files: YAML that does not parse, or a route that
     * does not build (unknown step, component, option, bean or route configuration).
     */
    public static boolean isRouteProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            if (cause instanceof FailedToCreateRouteException || cause instanceof NoSuchBeanException
                    || cause instanceof ResolveEndpointFailedException || type.startsWith("org.apache.camel.dsl.yaml.")
                    || type.startsWith("org.snakeyaml.")) {
                return true;
            }
        }
        return false;
    }

    /** Joins the messages of the cause chain; Camel's YAML errors carry the file, line and column there. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : "\n    caused by: ").append(message.strip());
            }
        }
        return text.toString();
    }
}
