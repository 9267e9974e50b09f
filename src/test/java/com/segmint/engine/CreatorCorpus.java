package com.segmint.engine;

import java.util.List;

/**
 * Realistic creators for ranking tests and the benchmark: each writes about one subject, has a
 * content at hand, and a few ideas that are on their topic and a few that are not.
 */
public final class CreatorCorpus {

  /** A creator's history, the content at hand, and ideas known to be on or off their topic. */
  public record Creator(
      String name,
      List<String> posts,
      String title,
      String body,
      List<String> onTopic,
      List<String> offTopic) {}

  public static final Creator BAKER =
      new Creator(
          "baker",
          List.of(
              "Sourdough starter care\nMy starter lives on the counter and gets fed twice a day"
                  + " with equal weights of rye flour and water. If it smells like nail polish"
                  + " remover it is hungry, not dead.",
              "Why I stopped using bread flour\nA 70% hydration dough with all-purpose flour"
                  + " gave me a more open crumb than any bread flour I tried this winter.",
              "Cold retarding dough overnight\nProofing the shaped loaf in the fridge for 14"
                  + " hours makes scoring easier and the crust blisters beautifully in a Dutch"
                  + " oven.",
              "The bakery's first wholegrain week\nWe sold 120 spelt and einkorn loaves and"
                  + " learned that wholegrain dough ferments much faster than white."),
          "Controlling dough temperature",
          "Dough temperature decides how fast a sourdough ferments. I aim for 26 °C after"
              + " mixing by adjusting the water temperature, and the bulk fermentation became"
              + " predictable for the first time.",
          List.of(
              "How to use a thermometer to time sourdough bulk fermentation",
              "Three signs your sourdough loaf is underproofed and how to fix it",
              "What happened when we baked every loaf at 78% hydration for a month"),
          List.of(
              "Quarterly tax deadlines every freelancer should put in the calendar",
              "Our Kubernetes cluster autoscaler settings after a traffic spike",
              "Choosing the right running shoes for your first marathon"));

  public static final Creator PLATFORM_ENGINEER =
      new Creator(
          "platform engineer",
          List.of(
              "Our Black Friday outage\nThe horizontal pod autoscaler reacted too late because"
                  + " CPU requests were set far above real usage; we now scale on request"
                  + " latency.",
              "Back to a modular monolith\nFourteen microservices for six engineers was a"
                  + " mistake. One deployable with clear module boundaries halved our on-call"
                  + " pages.",
              "Terraform state hygiene\nSplit state per environment, lock it in a remote"
                  + " backend, and never let two pipelines apply the same workspace.",
              "Observability on a budget\nStructured logs, RED metrics per endpoint and"
                  + " tracing sampled at 5% caught every incident we had this quarter."),
          "Kubernetes resource requests",
          "Most of our wasted cloud spend came from pods requesting four times the CPU they use."
              + " We right-sized requests from two weeks of Prometheus data and cut the node"
              + " count by a third without a single latency regression.",
          List.of(
              "How to right-size Kubernetes CPU requests from Prometheus metrics",
              "Five autoscaling mistakes that made our cluster more expensive",
              "A case study of cutting cloud costs by deleting idle nodes"),
          List.of(
              "My favourite rye flour for a tangy sourdough",
              "How to warm up before a long run in cold weather",
              "Watercolour brushes I use for botanical illustration"));

  public static final Creator RUNNER =
      new Creator(
          "runner",
          List.of(
              "My first 30 km long run\nI ran the last ten kilometres at marathon pace and"
                  + " learned that gels every 40 minutes keep my legs from fading.",
              "Easy runs should feel easy\nEighty percent of my weekly mileage is at"
                  + " conversational pace; my race times improved once I stopped racing my"
                  + " training runs.",
              "Tapering without panic\nThree weeks before the marathon I cut volume by a"
                  + " third each week and kept a little speed work to stay sharp.",
              "Strength training for runners\nTwo short sessions of squats, lunges and calf"
                  + " raises a week fixed my recurring shin splints."),
          "Marathon pacing strategy",
          "For my spring marathon I am planning a negative split: the first half two seconds per"
              + " kilometre slower than goal pace, then pushing after 25 km if my heart rate"
              + " stays below threshold.",
          List.of(
              "How to pace the first half of a marathon with a heart rate monitor",
              "Why negative splits feel hard in training but win races",
              "What I eat the morning of a marathon and when"),
          List.of(
              "How we cut our Terraform plan times in half",
              "Pricing illustration commissions for small businesses",
              "Dutch oven or baking stone for a crusty loaf"));

  public static final Creator ILLUSTRATOR =
      new Creator(
          "illustrator",
          List.of(
              "Raising my rates\nI raised my illustration rates by 30% and lost one client out"
                  + " of twelve. Clients who value the work rarely haggle.",
              "Usage rights explained\nA book cover licence is priced differently from a"
                  + " logo: print run, territory and exclusivity all change the fee.",
              "My sketching routine\nTwenty minutes of gesture drawing every morning before"
                  + " client work keeps my linework loose.",
              "Contracts for freelance artists\nAlways take a 50% deposit, cap revisions at"
                  + " two rounds, and write down who owns the final files."),
          "Pricing a children's book",
          "A publisher asked me to illustrate a 32-page picture book. I priced it per spread"
              + " with an advance against royalties, and itemised the cover separately because"
              + " its usage rights are broader.",
          List.of(
              "How to quote an illustration project per spread",
              "Five clauses every freelance illustrator should put in a contract",
              "What I learned negotiating royalties with a children's publisher"),
          List.of(
              "How to keep a sourdough starter alive on holiday",
              "Interval training sessions for a faster 10 km",
              "Debugging a memory leak in a Java service"));

  public static final List<Creator> ALL = List.of(BAKER, PLATFORM_ENGINEER, RUNNER, ILLUSTRATOR);

  private CreatorCorpus() {}
}
