# The web storefront: clients/web (Vite + React, its operations checked and typed against schema/composite.graphql)
# served by tools/Graph.WebHost, which answers every page address with index.html and forwards /graphql to the gateway.
#   docker build -f deploy/storefront.Dockerfile .   (run ./graph compose first: the build reads schema/composite.graphql)

FROM node:20-bookworm-slim AS web
WORKDIR /src
COPY clients/web/package.json clients/web/package-lock.json ./clients/web/
RUN cd clients/web && npm ci --no-audit --no-fund
COPY schema ./schema
COPY clients/web ./clients/web
RUN cd clients/web && npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish tools/Graph.WebHost/Graph.WebHost.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY --from=web /src/clients/web/dist ./storefront
# `Urls` (not ASPNETCORE_URLS), as for the services: a plain environment variable wins over appsettings.
ENV Urls=http://+:8080 WebHost__Root=/app/storefront
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Graph.WebHost.dll"]
