package io.ordercore.adapter.persistence.review;

import io.ordercore.adapter.persistence.support.SearchKeys;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.Attitude;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.OrderId;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Reviews and ratings between domain and rows; rebuilding goes through the domain constructors. */
@Mapper(imports = {SearchKeys.class, AccountId.class, PointId.class})
public interface ReviewRowMapper {

    @Mapping(target = "orderId", source = "order.value")
    @Mapping(target = "clientId", source = "client.value")
    @Mapping(target = "operatorId", source = "operator.value")
    @Mapping(target = "textKey", expression = "java(SearchKeys.of(review.text()))")
    @Mapping(target = "moderatedAt", expression = "java(review.moderatedAt().orElse(null))")
    ReviewRow toRow(Review review);

    default Review toReview(ReviewRow row) {
        return new Review(row.id(), new OrderId(row.orderId()), new AccountId(row.clientId()), new AccountId(row.operatorId()),
                row.text(), Attitude.valueOf(row.attitude()), ReviewStatus.valueOf(row.status()), row.createdAt(),
                Optional.ofNullable(row.moderatedAt()));
    }

    @Mapping(target = "orderId", source = "order.value")
    @Mapping(target = "clientId", source = "client.value")
    @Mapping(target = "operatorId", expression = "java(rating.operator().map(AccountId::value).orElse(null))")
    @Mapping(target = "pointId", expression = "java(rating.point().map(PointId::value).orElse(null))")
    OrderRatingRow toRow(OrderRating rating);

    /** The rating with its scores, in the order the aspects were configured when it was given. */
    default OrderRating toRating(OrderRatingRow row, Map<String, Integer> scores) {
        return new OrderRating(new OrderId(row.orderId()), new AccountId(row.clientId()),
                Optional.ofNullable(row.operatorId()).map(AccountId::new), Optional.ofNullable(row.pointId()).map(PointId::new),
                scores, row.ratedAt());
    }
}
