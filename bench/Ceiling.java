import java.nio.file.Path;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The ceiling for the benchmarks: the same Jetty 12 the publication runs on,
 * with an empty handler at /empty and static files from a folder at /static/.
 * Run: java -cp target/china-ai-kg.jar bench/Ceiling.java PORT FOLDER
 */
public class Ceiling {
    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(Integer.parseInt(args[0]));
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setOutputBufferSize(32 * 1024);
        server.addConnector(connector);
        ContextHandler empty = new ContextHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                callback.succeeded();
                return true;
            }
        }, "/empty");
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(Path.of(args[1])));
        files.setEtags(true);
        ContextHandler statics = new ContextHandler(files, "/static");
        server.setHandler(new ContextHandlerCollection(empty, statics));
        server.start();
        System.err.println("ceiling ready on " + args[0]);
        server.join();
    }
}
