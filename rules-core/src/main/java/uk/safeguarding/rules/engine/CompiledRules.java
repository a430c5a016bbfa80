package uk.safeguarding.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import uk.safeguarding.rules.conclusion.Combination;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rule files compiled to Drools' executable model: the Java classes the compiler generated, kept as bytes so they can
 * be stored (in the build, or in a cache on disk) and loaded again without compiling. Loading defines the classes and
 * builds a knowledge base from them, which takes a fraction of the time compiling does.
 *
 * <p>The archive is a zip of the generated classes plus {@value #MODELS}, the model classes to instantiate, one a line.
 */
final class CompiledRules {

    static final String DRL_ROOT = "src/main/resources/safeguarding/";
    private static final String MODELS = "models";
    private static final String DROOLS_MODEL_LIST = "/drools-model";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final byte[] archive;

    CompiledRules(byte[] archive) {
        this.archive = archive;
    }

    byte[] archive() {
        return archive;
    }

    /** The compiler's result: the compiled rules, or the problems that stopped them compiling. */
    record Compilation(CompiledRules rules, List<RuleProblem> problems) {
    }

    /**
     * Compiles rule files; {@code rules} (as read from them) lets problems be traced back to a rule and a line. The
     * generated classes are named after {@code part} ("national", a profile), so parts compiled apart never share a
     * class name and can be loaded together.
     */
    static Compilation compile(String part, List<RuleFile> files, Iterable<RuleInfo> rules) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("uk.safeguarding.rules.compiled", part, "1." + BUILDS.incrementAndGet());
        fileSystem.generateAndWritePomXML(releaseId);
        files.forEach(file -> fileSystem.write(DRL_ROOT + file.path(), file.content()));
        if (files.stream().anyMatch(file -> file.path().startsWith(RuleSource.NATIONAL + "/"))) {
            // The one generic rule that combines what rule files declare as "all of" or "any of": part of the engine,
            // compiled once with the national rules, so it carries no guidance of its own and every reason it gives
            // names the declaring rule.
            fileSystem.write(DRL_ROOT + "combining/combining.drl", Combination.RULE);
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        try {
            List<RuleProblem> errors = new CompilerMessages(files, rules).problems(builder.getResults().getMessages(Message.Level.ERROR));
            if (!errors.isEmpty()) {
                return new Compilation(null, errors);
            }
            return new Compilation(new CompiledRules(repack(((InternalKieModule) builder.getKieModule()).getBytes())), List.of());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** A knowledge base of every rule in {@code parts}, which are compiled separately (the national rules, a profile's). */
    static KieBase kieBase(List<CompiledRules> parts) {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        for (CompiledRules part : parts) {
            unzip(part.archive, (name, bytes) -> {
                if (name.equals(MODELS)) {
                    new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).forEach(models::add);
                } else if (name.endsWith(".class")) {
                    byte[] other = classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes);
                    if (other != null && !Arrays.equals(other, bytes)) {
                        throw new IllegalStateException("Two compiled parts of the rules both define " + name);
                    }
                }
            });
        }
        GeneratedClasses loader = new GeneratedClasses(classes, CompiledRules.class.getClassLoader());
        List<Model> instances = new ArrayList<>();
        for (String model : models) {
            try {
                instances.add((Model) loader.loadClass(model).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("The compiled rules cannot be loaded (model " + model + ")", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(instances, KieServices.get().newKieBaseConfiguration(null, loader));
    }

    /** Keeps only what loading needs from the KIE module jar: the generated classes and the list of model classes. */
    private static byte[] repack(byte[] kieModuleJar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(kieModuleJar.length);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> models = new ArrayList<>();
            unzip(kieModuleJar, (name, bytes) -> {
                if (name.endsWith(DROOLS_MODEL_LIST)) {
                    // The first line is the model format's version; the rest name the model classes.
                    new String(bytes, StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank()).forEach(models::add);
                } else if (name.endsWith(".class")) {
                    write(zip, name, bytes);
                }
            });
            write(zip, MODELS, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface EntryReader {
        void read(String name, byte[] bytes);
    }

    private static void unzip(byte[] zipBytes, EntryReader reader) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    reader.read(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines the generated classes on first use; everything else (the case model, Drools) comes from the parent. */
    private static final class GeneratedClasses extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super("compiled-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
