# One image recipe for every .NET service; docker-compose.yml passes the project and its assembly.
#   docker build -f deploy/service.Dockerfile --build-arg PROJECT=subgraphs/Users/Graph.Users.csproj \
#                --build-arg ASSEMBLY=Graph.Users.dll .

# The Nitro IDE's static build comes from npm at build time (its licence asks that its notices travel with it).
FROM node:20-bookworm-slim AS ide
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=optional --ignore-scripts

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
WORKDIR /src
COPY . .
COPY --from=ide /src/node_modules ./node_modules
RUN dotnet publish "$PROJECT" -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG ASSEMBLY
# librdkafka from Debian: the Kafka client binding (Confluent.Kafka 1.9.3) loads librdkafka.so (see PACKAGES.md).
RUN apt-get update && apt-get install -y --no-install-recommends librdkafka-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# `Urls` (not ASPNETCORE_URLS): the services' appsettings name loopback addresses for ./graph up, and a plain
# environment variable is read after appsettings, so it wins.
ENV Urls=http://+:8080 SERVICE_ASSEMBLY=$ASSEMBLY
USER app
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec dotnet \"$SERVICE_ASSEMBLY\""]
