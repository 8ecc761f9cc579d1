package org.negotiationtracker.articles;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.eventlog.AppendListener;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.jdbc.Jdbc;

/**
 * Where each received article sits in the log, by id and by URL. Written by the log's writer in the
 * append's own transaction, so an article is in the index exactly when it is in the log.
 */
@ApplicationScoped
public class ArticleIndex implements AppendListener {

    /** An article of the log: its topic and the position of its article.received event. */
    public record Entry(String articleId, String topicId, long position) {
    }

    private final AgroalDataSource dataSource;

    ArticleIndex(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onAppend(List<LoggedEvent> appended) {
        List<LoggedEvent> articles = appended.stream().filter(e -> e.event() instanceof ArticleReceived).toList();
        if (articles.isEmpty()) {
            return;
        }
        // inside the writer's transaction the data source hands out the transaction's own connection
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into article_index (article_id, url_key, topic_id, position) values (?, ?, ?, ?)")) {
            for (LoggedEvent logged : articles) {
                ArticleReceived article = (ArticleReceived) logged.event();
                insert.setString(1, article.id());
                insert.setString(2, article.url() == null ? null : ArticleIdentity.urlKey(article.url()));
                insert.setString(3, article.topicId());
                insert.setLong(4, logged.position());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failed("indexing received articles", e);
        }
    }

    /** The earliest stored article with this id or, when {@code url} is given, this URL. */
    public Optional<Entry> find(String articleId, String url) {
        String sql = "select article_id, topic_id, position from article_index where article_id = ?"
                + (url == null ? "" : " or url_key = ?") + " order by position limit 1";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, articleId);
            if (url != null) {
                select.setString(2, ArticleIdentity.urlKey(url));
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Entry(row.getString(1), row.getString(2), row.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failed("reading the article index", e);
        }
    }
}
