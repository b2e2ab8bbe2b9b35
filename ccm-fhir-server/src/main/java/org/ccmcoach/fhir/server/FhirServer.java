package org.ccmcoach.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.LoggingInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Starts a HAPI FHIR JPA server (R4, H2 in memory) on 127.0.0.1 and serves it at {@code /fhir}.
 *
 * <pre>java -cp "$(cat target/server-classpath.txt)" org.ccmcoach.fhir.server.FhirServer PORT [PORT_FILE]</pre>
 *
 * PORT 0 takes a free port. Once the server answers, the port it listens on is written to PORT_FILE
 * (when given) and to standard output. The server stops when its standard input closes, so a test
 * that dies leaves no server behind, or on SIGTERM.
 */
public final class FhirServer {

    private static final Logger LOG = LoggerFactory.getLogger(FhirServer.class);

    private FhirServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FhirServer PORT [PORT_FILE]");
            System.exit(2);
        }
        int requestedPort = Integer.parseInt(args[0]);
        long started = System.nanoTime();

        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext(ServerConfig.class);
        RestfulServer fhir = restfulServer(spring);

        Server jetty = new Server(new InetSocketAddress("127.0.0.1", requestedPort));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(fhir), "/fhir/*");
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        jetty.start();
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(jetty, spring), "ccm-fhir-server-stop"));
        LOG.info("ccm-fhir-server: HAPI FHIR JPA server started in {} ms at http://127.0.0.1:{}/fhir",
                (System.nanoTime() - started) / 1_000_000, port);
        if (args.length == 2) {
            Path portFile = Path.of(args[1]);
            Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
            Files.writeString(partial, Integer.toString(port), StandardCharsets.US_ASCII);
            Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("ccm-fhir-server listening on port " + port);
        System.out.flush();

        // The parent holds our standard input; when it goes away (ends or dies), so do we.
        waitForEndOfInput(System.in);
        LOG.info("ccm-fhir-server: standard input closed, stopping");
        System.exit(0);
    }

    private static RestfulServer restfulServer(AnnotationConfigApplicationContext spring) {
        FhirContext fhirContext = spring.getBean(FhirContext.class);
        RestfulServer server = new RestfulServer(fhirContext);
        server.registerProviders(spring.getBean(ResourceProviderFactory.class).createProviders());
        server.registerProvider(spring.getBean(JpaSystemProvider.class));
        @SuppressWarnings("unchecked")
        IFhirSystemDao<?, ?> systemDao = spring.getBean(IFhirSystemDao.class);
        server.setServerConformanceProvider(new JpaCapabilityStatementProvider(server, systemDao,
                spring.getBean(JpaStorageSettings.class), spring.getBean(ISearchParamRegistry.class),
                spring.getBean(IValidationSupport.class)));
        server.setPagingProvider(spring.getBean(DatabaseBackedPagingProvider.class));
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        // Each request in the log, for reading a failed test against what the server was asked.
        LoggingInterceptor requests = new LoggingInterceptor();
        requests.setLoggerName("org.ccmcoach.fhir.server.requests");
        requests.setMessageFormat("${requestVerb} ${requestUrl} ${requestParameters} (${processingTimeMillis} ms)");
        requests.setErrorMessageFormat("${requestVerb} ${requestUrl} failed: ${exceptionMessage}");
        server.registerInterceptor(requests);
        return server;
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            LOG.info("ccm-fhir-server: standard input failed: {}", e.toString());
        }
    }

    private static void stop(Server jetty, AnnotationConfigApplicationContext spring) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("ccm-fhir-server: Jetty did not stop cleanly", e);
        }
        spring.close();
    }
}
