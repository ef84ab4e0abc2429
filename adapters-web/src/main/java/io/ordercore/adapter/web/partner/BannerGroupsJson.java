package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.PartnerCabinetUseCase.BannerGroup;
import io.ordercore.application.port.in.PartnerCabinetUseCase.BannerLink;
import java.util.List;

/**
 * The banner catalogue as a partner uses it, one group per {@code size}: each banner with the
 * partner's own referral {@code link} and the {@code html} to paste on their site.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BannerGroupsJson(List<Group> items) {

    static BannerGroupsJson from(List<BannerGroup> groups) {
        return new BannerGroupsJson(groups.stream().map(Group::from).toList());
    }

    /** The banners of one size. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Group(String size, List<Link> banners) {

        static Group from(BannerGroup g) {
            return new Group(g.size(), g.banners().stream().map(Link::from).toList());
        }
    }

    /** One banner, linking to the partner's referral link. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Link(long id, String size, String imageUrl, String title, String link, String html) {

        static Link from(BannerLink l) {
            return new Link(l.banner().id(), l.banner().size().toString(), l.banner().imageUrl(), l.banner().title(),
                    l.link(), l.html());
        }
    }
}
