namespace Graph.Catalog.DemoData;

/// <summary>
/// The demo catalog as data: the category tree, and per product category its brands and product lines. Products are
/// every brand × line of a category (4 × 4 = 16 per category, 13 categories: 208 products).
/// </summary>
internal static class DemoCatalog
{
    public sealed record CategorySeed(string Slug, string Name, string Description, string? ParentSlug);

    public sealed record ProductLine(string Model, string Code, decimal BasePrice, string Pitch, string[] Attributes);

    public sealed record ProductCategorySeed(string Slug, string[] Brands, ProductLine[] Lines);

    public static readonly CategorySeed[] Categories =
    [
        new("electronics", "Electronics", "Computers, phones, audio and cameras.", null),
        new("laptops", "Laptops", "Notebooks for work, study and play.", "electronics"),
        new("smartphones", "Smartphones", "Unlocked phones with the latest cameras and chips.", "electronics"),
        new("headphones", "Headphones", "Over-ear, in-ear and noise cancelling headphones.", "electronics"),
        new("cameras", "Cameras", "Mirrorless, compact and action cameras.", "electronics"),
        new("home-kitchen", "Home & Kitchen", "Everything for cooking, coffee and living.", null),
        new("cookware", "Cookware", "Pans, pots and kitchen tools that last.", "home-kitchen"),
        new("coffee-tea", "Coffee & Tea", "Espresso machines, grinders and kettles.", "home-kitchen"),
        new("furniture", "Furniture", "Desks, chairs and shelves.", "home-kitchen"),
        new("sports-outdoors", "Sports & Outdoors", "Gear for running, camping and cycling.", null),
        new("running", "Running", "Running shoes and accessories.", "sports-outdoors"),
        new("camping", "Camping", "Tents, sleeping bags and stoves.", "sports-outdoors"),
        new("cycling", "Cycling", "Bikes, helmets and lights.", "sports-outdoors"),
        new("fashion", "Fashion", "Clothing, shoes and watches.", null),
        new("watches", "Watches", "Analog, digital and smart watches.", "fashion"),
        new("jackets", "Jackets", "Rain, down and softshell jackets.", "fashion"),
        new("experiences", "Experiences", "Coupons for restaurants, travel and wellness.", null),
        new("restaurants", "Restaurants", "Dining coupons from local restaurants.", "experiences"),
        new("travel", "Travel", "Coupons for hotels, flights and tours.", "experiences"),
        new("wellness", "Wellness", "Spa, massage and fitness coupons.", "experiences"),
    ];

    public static readonly ProductCategorySeed[] Products =
    [
        new("laptops", ["Lumen", "Northwind", "Aerobyte", "Corvid"],
        [
            new("Air 13", "AIR13", 999m, "a featherweight 13-inch laptop with all-day battery", ["screen:13.3 in", "memory:16 GB", "storage:512 GB SSD"]),
            new("Pro 14", "PRO14", 1499m, "a 14-inch workstation with a bright mini-LED display", ["screen:14.2 in", "memory:32 GB", "storage:1 TB SSD"]),
            new("Gamer 16", "GAM16", 1899m, "a 16-inch gaming laptop with a 240 Hz screen", ["screen:16 in", "memory:32 GB", "gpu:RTX class"]),
            new("Flip 12", "FLP12", 649m, "a convertible 2-in-1 with pen support", ["screen:12.4 in", "memory:8 GB", "storage:256 GB SSD"]),
        ]),
        new("smartphones", ["Pixelon", "Orbit", "Nova", "Kestrel"],
        [
            new("One", "ONE", 799m, "a flagship phone with a triple camera", ["screen:6.1 in", "storage:128 GB", "color:graphite"]),
            new("One Max", "MAX", 1099m, "a large-screen flagship with a periscope zoom", ["screen:6.7 in", "storage:256 GB", "color:silver"]),
            new("Lite", "LITE", 399m, "an affordable phone with a two-day battery", ["screen:6.4 in", "storage:128 GB", "color:blue"]),
            new("Fold", "FOLD", 1799m, "a foldable phone that opens into a tablet", ["screen:7.6 in", "storage:512 GB", "color:black"]),
        ]),
        new("headphones", ["Sonora", "Bassline", "Quietude", "Auralis"],
        [
            new("ANC 700", "ANC7", 349m, "over-ear wireless headphones with adaptive noise cancelling", ["type:over-ear", "battery:30 h", "color:black"]),
            new("Buds Pro", "BUDP", 229m, "true wireless earbuds with spatial audio", ["type:in-ear", "battery:8 h", "color:white"]),
            new("Studio Monitor", "STUM", 159m, "wired studio headphones with a flat response", ["type:over-ear", "impedance:38 ohm", "color:black"]),
            new("Sport Loop", "SPLP", 99m, "sweat-proof earbuds with ear hooks for running", ["type:in-ear", "battery:10 h", "color:lime"]),
        ]),
        new("cameras", ["Optika", "Lumina", "Fotek", "Stratos"],
        [
            new("M50 Mirrorless", "M50", 1299m, "a full-frame mirrorless camera with in-body stabilisation", ["sensor:full frame", "resolution:24 MP", "video:4K60"]),
            new("Compact X", "CPX", 549m, "a pocket camera with a 1-inch sensor", ["sensor:1 in", "resolution:20 MP", "zoom:4x"]),
            new("Action 4K", "ACT4", 299m, "a waterproof action camera for bikes and boards", ["waterproof:10 m", "video:4K60", "weight:120 g"]),
            new("Instant Mini", "INST", 89m, "an instant camera that prints credit-card photos", ["film:mini", "flash:auto", "color:pastel pink"]),
        ]),
        new("cookware", ["Ferrum", "Casa Cucina", "Ironclad", "Verde"],
        [
            new("Cast Iron Skillet 26 cm", "SKL26", 49m, "a pre-seasoned cast iron skillet for searing and baking", ["material:cast iron", "diameter:26 cm", "oven safe:yes"]),
            new("Stainless Stock Pot 8 L", "POT8", 89m, "a tri-ply stainless stock pot for soups and pasta", ["material:stainless steel", "capacity:8 L", "induction:yes"]),
            new("Nonstick Frying Pan 28 cm", "FRY28", 39m, "a ceramic nonstick pan that needs little oil", ["material:aluminium", "diameter:28 cm", "coating:ceramic"]),
            new("Chef's Knife 20 cm", "KNF20", 119m, "a forged chef's knife with a full tang", ["steel:VG-10", "blade:20 cm", "handle:pakkawood"]),
        ]),
        new("coffee-tea", ["Barista Bros", "Crema", "Kettleworks", "Bean & Leaf"],
        [
            new("Espresso Machine", "ESP", 499m, "a dual-boiler espresso machine with a steam wand", ["pressure:15 bar", "tank:2 L", "color:steel"]),
            new("Burr Grinder", "GRD", 179m, "a conical burr grinder with 40 grind settings", ["burrs:conical steel", "settings:40", "hopper:250 g"]),
            new("Gooseneck Kettle", "KTL", 69m, "a temperature-controlled pour-over kettle", ["capacity:0.9 L", "control:1 degree", "color:matte black"]),
            new("French Press 1 L", "FRP", 35m, "a double-walled French press that keeps coffee hot", ["capacity:1 L", "material:stainless steel", "walls:double"]),
        ]),
        new("furniture", ["Oakline", "Nordhem", "Loftworks", "Sitwell"],
        [
            new("Standing Desk", "DSK", 549m, "an electric sit-stand desk with memory presets", ["width:160 cm", "height:62-127 cm", "motors:2"]),
            new("Ergonomic Chair", "CHR", 399m, "a mesh office chair with adjustable lumbar support", ["seat:mesh", "armrests:4D", "max load:130 kg"]),
            new("Bookshelf 5 Tier", "SHF", 149m, "a solid wood bookshelf with five shelves", ["material:oak veneer", "height:180 cm", "shelves:5"]),
            new("Lounge Armchair", "ARM", 629m, "a mid-century armchair upholstered in wool", ["fabric:wool", "legs:walnut", "color:mustard"]),
        ]),
        new("running", ["Stride", "Velocita", "Trailhawk", "Pacer"],
        [
            new("Road Runner 3", "RR3", 139m, "a cushioned daily trainer for road miles", ["drop:8 mm", "weight:260 g", "surface:road"]),
            new("Carbon Racer", "CRB", 249m, "a carbon-plated racing shoe for race day", ["drop:8 mm", "plate:carbon", "weight:210 g"]),
            new("Trail Grip", "TRG", 159m, "a grippy trail shoe with a rock plate", ["drop:6 mm", "lugs:5 mm", "surface:trail"]),
            new("Running Vest 5 L", "VST", 89m, "a hydration vest with two soft flasks", ["capacity:5 L", "flasks:2 x 500 ml", "weight:180 g"]),
        ]),
        new("camping", ["Summit", "Basecamp", "Wildfire", "Alpenglow"],
        [
            new("Tent 2P", "TNT2", 329m, "a freestanding two-person backpacking tent", ["capacity:2 people", "weight:1.6 kg", "season:3"]),
            new("Sleeping Bag -5", "SLB5", 219m, "a down sleeping bag rated to -5 degrees", ["fill:800 down", "comfort:-5 C", "weight:900 g"]),
            new("Camp Stove", "STV", 59m, "a compact canister stove that boils a litre in three minutes", ["fuel:gas canister", "output:3 kW", "weight:85 g"]),
            new("Headlamp 400", "HDL", 39m, "a rechargeable 400 lumen headlamp", ["output:400 lm", "battery:USB-C", "waterproof:IPX4"]),
        ]),
        new("cycling", ["Velo", "Ridgeway", "Spoke & Chain", "Cadence"],
        [
            new("Gravel Bike", "GRV", 1799m, "an aluminium gravel bike with hydraulic disc brakes", ["frame:aluminium", "gears:2x11", "tyres:40 mm"]),
            new("City Bike", "CTY", 699m, "a step-through city bike with hub gears and fenders", ["frame:steel", "gears:7 speed hub", "rack:yes"]),
            new("Helmet MIPS", "HLM", 119m, "a road helmet with MIPS rotational protection", ["protection:MIPS", "weight:260 g", "vents:18"]),
            new("Light Set", "LGT", 49m, "USB rechargeable front and rear lights", ["front:800 lm", "rear:100 lm", "battery:USB-C"]),
        ]),
        new("watches", ["Chronos", "Meridian", "Tidewater", "Pulse"],
        [
            new("Diver 200", "DIV", 449m, "an automatic dive watch water resistant to 200 m", ["movement:automatic", "water resistance:200 m", "case:42 mm"]),
            new("Field Classic", "FLD", 189m, "a quartz field watch with a canvas strap", ["movement:quartz", "case:38 mm", "strap:canvas"]),
            new("Smart Active", "SMA", 299m, "a smartwatch with GPS and heart-rate tracking", ["gps:yes", "battery:7 days", "case:44 mm"]),
            new("Dress Slim", "DRS", 259m, "a slim dress watch with a sapphire crystal", ["movement:quartz", "case:39 mm", "crystal:sapphire"]),
        ]),
        new("jackets", ["Northbound", "Rainshadow", "Fjellwear", "Urbanite"],
        [
            new("Rain Shell", "RNS", 179m, "a waterproof, breathable three-layer rain shell", ["membrane:3-layer", "waterproof:20000 mm", "hood:adjustable"]),
            new("Down Parka", "DWP", 349m, "a warm down parka for winter cities", ["fill:700 down", "length:thigh", "hood:faux fur"]),
            new("Softshell", "SFT", 129m, "a stretchy softshell for hiking and climbing", ["fabric:softshell", "stretch:4-way", "pockets:3"]),
            new("Packable Windbreaker", "WND", 79m, "a windbreaker that packs into its own pocket", ["weight:110 g", "packable:yes", "fabric:ripstop"]),
        ]),
        new("electronics", ["Voltix", "Charge+", "Linkwave", "Homebeam"],
        [
            new("USB-C Charger 65W", "CHG65", 49m, "a compact GaN charger for laptops and phones", ["output:65 W", "ports:2 x USB-C", "technology:GaN"]),
            new("Power Bank 20000", "PWB20", 59m, "a 20,000 mAh power bank with fast charging", ["capacity:20000 mAh", "output:45 W", "weight:350 g"]),
            new("Mesh Wi-Fi Kit", "MESH", 279m, "a three-node mesh Wi-Fi 6 system", ["standard:Wi-Fi 6", "nodes:3", "coverage:450 m2"]),
            new("Smart Speaker", "SPK", 99m, "a voice-controlled speaker with room-filling sound", ["drivers:2", "assistant:built-in", "color:charcoal"]),
        ]),
    ];

    public sealed record CouponLine(string Title, string Company, string CategorySlug, decimal Price, decimal DiscountPercent, string Terms);

    public static readonly string[] CouponCompanies =
        ["Trattoria Roma", "Sakura Sushi", "Le Petit Bistro", "Spice Route", "Harbor Grill", "SkyHigh Air", "Coastal Hotels",
         "Alpine Tours", "CityBreaks", "Serenity Spa", "Zen Massage", "IronGym", "Yoga Loft", "Greenleaf Cafe", "Burger Barn"];

    public static readonly (string Title, string CategorySlug, decimal Price, decimal Discount)[] CouponTemplates =
    [
        ("Dinner for two", "restaurants", 25m, 40m),
        ("Weekend brunch", "restaurants", 15m, 30m),
        ("Tasting menu", "restaurants", 45m, 35m),
        ("Two nights by the sea", "travel", 99m, 45m),
        ("City tour with guide", "travel", 19m, 50m),
        ("Flight voucher", "travel", 49m, 20m),
        ("Full-body massage", "wellness", 35m, 50m),
        ("Day spa pass", "wellness", 29m, 40m),
        ("Ten yoga classes", "wellness", 39m, 60m),
        ("Monthly gym membership", "wellness", 19m, 55m),
    ];
}
